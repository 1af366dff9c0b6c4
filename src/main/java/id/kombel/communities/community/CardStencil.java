package id.kombel.communities.community;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import id.kombel.communities.CommunityCard;
import id.kombel.communities.CommunityView;
import id.kombel.communities.MemberStatus;

/**
 * A card of the community list, rendered once per language and context path with a hole
 * for each of its words ({@code communities/list :: card}) and filled per community: a
 * card costs a few appends. In spread traffic nearly every card of a list page is one no
 * page showed lately, so cards rendered by the template engine and kept per community
 * were rendered anew on most requests: a fifth of a list page's CPU (issue 17). The
 * asker's own communities ({@code mine-card}: role and status shown) are filled the same
 * way: kept per community and asker's role, they missed for nearly every asker.
 */
@Component
class CardStencil {

	static final String ID = "kombelcardid";

	static final String NAME = "kombelcardname";

	static final String KIND = "kombelcardkind";

	static final String LEVELS = "kombelcardlevels";

	static final String STATE = "kombelcardstate";

	static final String MEMBERS = "kombelcardmembers";

	static final String ROLE = "kombelcardrole";

	private static final List<String> HOLES = List.of(ID, NAME, KIND, LEVELS, STATE, MEMBERS, ROLE);

	/**
	 * Counts whose words are kept (per language): the usual member counts, and every
	 * count a list shows (it counts to 1,000 at most).
	 */
	private static final int KEPT_COUNTS = 1_000;

	/** By language and context path: a handful. */
	private final Map<List<String>, Stencil> stencils = new ConcurrentHashMap<>();

	/**
	 * Words by language and message (kinds, states, member counts), formatted and escaped
	 * once instead of for every card of every list.
	 */
	private final Map<List<Object>, String> words = new ConcurrentHashMap<>();

	private final MessageSource messages;

	CardStencil(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Appends the card of each community; {@code render} renders the card with its holes
	 * (the first time for this language and context path).
	 */
	void append(StringBuilder out, List<CommunityCard> cards, Locale locale, String context, Supplier<String> render) {
		String language = locale.toLanguageTag();
		Stencil stencil = stencils.computeIfAbsent(List.of(language, context), k -> Stencil.cut(render.get(), HOLES));
		for (CommunityCard card : cards) {
			stencil.appendTo(out, hole -> out.append(switch (hole) {
				case ID -> String.valueOf(card.id());
				case NAME -> escape(card.name());
				case KIND -> word(language, "kind." + card.kind(), null, locale);
				case LEVELS -> escape(String.join(", ", card.levels().stream().map(Enum::name).toList()));
				case STATE -> word(language, "state." + card.state(), null, locale);
				default -> word(language, "communities.members", card.memberCount(), locale);
			}));
		}
	}

	/**
	 * Appends the card of each of the asker's communities; {@code render} renders the
	 * card with its holes, with the pending mark or without (the first time for this
	 * language and context path).
	 */
	void appendMine(StringBuilder out, List<CommunityView> mine, Locale locale, String context,
			Function<Boolean, String> render) {
		String language = locale.toLanguageTag();
		for (CommunityView c : mine) {
			boolean pending = c.myStatus() == MemberStatus.PENDING;
			Stencil stencil = stencils.computeIfAbsent(List.of(language, context, pending ? "pending" : "mine"),
					k -> Stencil.cut(render.apply(pending), HOLES));
			stencil.appendTo(out, hole -> out.append(switch (hole) {
				case ID -> String.valueOf(c.id());
				case NAME -> escape(c.name());
				case STATE -> word(language, "state." + c.state(), null, locale);
				default -> word(language, "member." + c.myRole(), null, locale);
			}));
		}
	}

	/**
	 * The message, HTML-escaped, kept by language, code and count: a list has twenty
	 * cards, each with three of them.
	 */
	String word(String language, String code, Long count, Locale locale) {
		if (count != null && count > KEPT_COUNTS) {
			return escape(messages.getMessage(code, new Object[] { count }, locale));
		}
		return words.computeIfAbsent(List.of(language, code, count == null ? -1L : count),
				k -> escape(messages.getMessage(code, count == null ? null : new Object[] { count }, locale)));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
