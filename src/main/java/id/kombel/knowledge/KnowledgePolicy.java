package id.kombel.knowledge;

import org.springframework.stereotype.Component;

import id.kombel.knowledge.access.Placement;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.access.Readers;
import id.kombel.knowledge.access.Visible;
import id.kombel.communities.CommunityView;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Policy;
import id.kombel.shared.web.NotFoundException;

/**
 * Who may do what with a practice, question, material, answer or comment, as placed
 * ({@link Placement}). Reading follows the item's visibility ({@link Reader#sees}); the
 * lists the database fills ({@link Visible}) and the search audience ({@code Audience})
 * are the same rule as a query, and {@code AudienceTest} holds the search to it.
 *
 * <p>
 * Whoever may not read an item gets 404 for every action on it but moderation (a 403
 * would tell that a draft, a hidden or a restricted item exists); a reader refused an
 * action gets 403. Moderation answers 403 alone: whether the item is seen is the caller's
 * question.
 *
 * <p>
 * A {@link Reader} costs a look-up of the account's communities: a request builds it once
 * ({@link #reader}) and asks with it, rather than with the {@link KombelUser}, when it
 * asks more than once.
 */
@Component
public class KnowledgePolicy implements Policy<KnowledgePolicy.Action, Placement> {

	public enum Action {

		/**
		 * Open it: whoever its visibility reaches; a hidden one its author and
		 * moderators; a draft its author.
		 */
		READ,
		/**
		 * Change a practice, publish it: its author alone (it tells of the author's own
		 * class).
		 */
		EDIT,
		/**
		 * Upload a material's new version: shared work, so also its added editors, its
		 * community's members and moderators.
		 */
		ADD_VERSION,
		/** Let another account edit a material: its author and moderators. */
		ADD_EDITOR,
		/**
		 * Mark an answer accepted: the asker and the facilitators of the question's
		 * community.
		 */
		ACCEPT_ANSWER,
		/**
		 * Hide, restore, dismiss reports, read the audit trail: facilitators of its
		 * community and administrators.
		 */
		MODERATE

	}

	private final Readers readers;

	KnowledgePolicy(Readers readers) {
		this.readers = readers;
	}

	/**
	 * The reader behind a request ({@code null}: a visitor, who reads public items only).
	 */
	public Reader reader(KombelUser user) {
		return readers.of(user);
	}

	/**
	 * The reader of one community's items: as {@link #reader(KombelUser)} for them,
	 * without the look-up of all the account's communities.
	 */
	public Reader reader(KombelUser user, CommunityView community) {
		return readers.of(user, community);
	}

	@Override
	public boolean may(KombelUser user, Action action, Placement item) {
		return may(reader(user), action, item);
	}

	@Override
	public void require(KombelUser user, Action action, Placement item) {
		require(reader(user), action, item);
	}

	public boolean may(Reader reader, Action action, Placement item) {
		boolean author = item.authorId() == reader.accountId();
		Long community = item.communityId();
		return switch (action) {
			case READ -> opens(reader, item) && (!item.draft() || author);
			case EDIT -> opens(reader, item) && author;
			case ADD_VERSION -> opens(reader, item) && (author || item.editors().contains(reader.accountId())
					|| (community != null && reader.communities().contains(community)) || reader.moderates(item));
			case ADD_EDITOR -> opens(reader, item) && (author || reader.moderates(item));
			case ACCEPT_ANSWER ->
				opens(reader, item) && (author || (community != null && reader.facilitated().contains(community)));
			case MODERATE -> reader.moderates(item);
		};
	}

	public void require(Reader reader, Action action, Placement item) {
		if (action != Action.MODERATE && action != Action.READ && !opens(reader, item)) {
			throw new NotFoundException(describe(action, item));
		}
		if (!may(reader, action, item)) {
			throw denied(action, item);
		}
	}

	@Override
	public RuntimeException denied(Action action, Placement item) {
		return action == Action.READ ? new NotFoundException(describe(action, item))
				: new OutOfScopeException(describe(action, item));
	}

	/**
	 * For the log (never the user); not the record's own text, which would read a
	 * material's editors.
	 */
	private static String describe(Action action, Placement item) {
		return action + " " + item.visibility() + " item by " + item.authorId();
	}

	/**
	 * Its visibility reaches the reader, and it is not hidden from them. Drafts are
	 * READ's concern: the editing actions are the author's anyway, and refuse others a
	 * draft they could otherwise open with 403, as the API has always answered.
	 */
	private static boolean opens(Reader reader, Placement item) {
		return reader.sees(item) && (!item.hidden() || reader.moderates(item) || item.authorId() == reader.accountId());
	}

}
