package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import id.kombel.communities.CommunityCard;
import id.kombel.shared.PageResult;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * The community list page put together from parts rendered once ({@link ListPage}): what
 * each asker sees of the filters, the cards, their own communities and the pager, and
 * that a card rendered once follows its community's changes.
 */
class CommunityListPageTest extends IntegrationTest {

	@Autowired
	ListPage listPage;

	@Autowired
	ITemplateEngine templates;

	@Test
	void theFiltersAskedAreShownSelectedAndTypedTextsEscaped() {
		Api member = api().as("anggota@demo.kombel.id");
		Response page = member.get("/communities?region=12.11&level=SD&kind=SCHOOL&subject=%3Cb%3E%22x%27&q=Literasi");
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("<title>Komunitas belajar</title>")
			.contains("<option value=\"12.11\" selected=\"selected\">")
			.contains("<option value=\"SD\" selected=\"selected\">")
			.contains("<option value=\"SCHOOL\" selected=\"selected\">")
			.as("the province's regencies are offered")
			.contains("<option value=\"12.71\">")
			.as("typed texts escaped")
			.contains("name=\"subject\" value=\"&lt;b&gt;&quot;x&#39;\"")
			.doesNotContain("<b>\"x'")
			.contains("name=\"q\" type=\"search\" value=\"Literasi\"")
			.doesNotContain("kombelhole")
			.doesNotContain("kombelcard")
			.doesNotContain("kombelpager");
		assertThat(body.split("selected=\"selected\"", -1)).as("only the options asked").hasSize(4);

		String none = member.get("/communities?q=Literasi").body();
		assertThat(none).doesNotContain("selected=\"selected\"")
			.as("no province asked: no regencies offered")
			.doesNotContain("<option value=\"12.71\">")
			.contains("Kombel Literasi SD Dairi");
		assertThat(member.inLanguage("en").get("/communities?q=Literasi").body())
			.contains("<title>Learning communities</title>")
			.contains("1 communit");

		String refused = member.get("/communities?level=XX&q=%3Cscript%3E").body();
		assertThat(refused).contains("role=\"alert\"").contains("Jenjang harus salah satu").doesNotContain("<script>");

		// a value that is not a number is no filter to say beside the list: a 400, in the
		// user's language, as before the filters were a record bound once per type
		Response notANumber = member.get("/communities?q=Literasi&page=abc");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("tidak valid").doesNotContain("Kombel Literasi SD Dairi");
		assertThat(member.inLanguage("en").get("/communities?school=x").body()).containsAnyOf("Not a valid value",
				"is not valid");
		assertThat(member.get("/communities?q=Literasi&page=&size=").body()).as("empty means the default")
			.contains("Kombel Literasi SD Dairi");
	}

	@Test
	void eachAskerSeesTheirOwnRoleAndStatusInTheirCommunities() {
		Api guru = api().as("guru@demo.kombel.id");
		Api principal = api().as("kepsek@demo.kombel.id");
		String name = "Kombel Peran " + UUID.randomUUID().toString().substring(0, 8);
		long id = create(guru, name, "APPROVAL");
		assertThat(principal.post("/api/v1/communities/" + id + "/join", "").status()).isEqualTo(202);
		String list = "/communities?q=" + name.replace(" ", "+");

		String ofGuru = mine(guru.get(list).body(), name);
		String ofPrincipal = mine(principal.get(list).body(), name);
		assertThat(ofGuru).contains("Penggerak").doesNotContain("Menunggu persetujuan");
		assertThat(ofPrincipal).contains("Anggota").contains("Menunggu persetujuan");
		assertThat(mine(api().as("anggota@demo.kombel.id").get(list).body(), name)).as("not a member: not there")
			.isEmpty();

		long account = principal.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(guru.post("/api/v1/communities/" + id + "/members", "{\"accountId\":" + account + "}").status())
			.isEqualTo(200);
		assertThat(mine(principal.get(list).body(), name)).as("approved").doesNotContain("Menunggu persetujuan");
	}

	@Test
	void aCardFollowsItsCommunity() {
		Api guru = api().as("guru@demo.kombel.id");
		String name = "Kombel Kartu " + UUID.randomUUID().toString().substring(0, 8);
		long id = create(guru, name, "OPEN");
		String list = "/communities?q=" + name.replace(" ", "+");
		assertThat(guru.get(list).body()).contains(name).contains("1 anggota");
		assertThat(guru.inLanguage("en").get(list).body()).contains("1 member");

		assertThat(api().as("anggota@demo.kombel.id").post("/api/v1/communities/" + id + "/join", "").status())
			.isEqualTo(201);
		assertThat(guru.get(list).body()).contains("2 anggota").doesNotContain("1 anggota");

		Response renamed = guru.put("/api/v1/communities/" + id, "{\"name\":\"" + name
				+ " Baru\",\"kind\":\"ONLINE\",\"levels\":[\"SD\",\"SMP\"],\"regionCode\":\"12.11\"}");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		String after = guru.get(list).body();
		assertThat(after).contains(name + " Baru").contains("Daring").contains("SD, SMP");
	}

	@Test
	void thePagerCarriesTheFiltersOn() {
		Api guru = api().as("guru@demo.kombel.id");
		String name = "Kombel Halaman " + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 21; i++) {
			create(guru, name + " " + i, "OPEN");
		}
		String q = name.replace(" ", "+");
		String encoded = name.replace(" ", "%20");
		String first = guru.get("/communities?region=12&q=" + q).body();
		assertThat(first).contains("21 komunitas")
			.contains("Halaman 1 dari 2")
			.contains("href=\"?page=1&amp;region=12&amp;level=&amp;q=" + encoded
					+ "&amp;school=&amp;province=\" rel=\"next\"")
			.doesNotContain("rel=\"prev\"");
		String second = guru.get("/communities?region=12&q=" + q + "&page=1").body();
		assertThat(second).contains("Halaman 2 dari 2")
			.contains("rel=\"prev\"")
			.doesNotContain("rel=\"next\"")
			.contains(name + " ");
		assertThat(guru.get("/communities?region=12.11&q=" + q).body()).as("another region, its own links")
			.contains("href=\"?page=1&amp;region=12.11&amp;level=&amp;q=" + encoded);
	}

	/**
	 * The pager is filled in a stencil: it must be what the template writes with the
	 * request's own parameters, whatever they hold (characters a query or an attribute
	 * escapes, several values, empty, absent), in both languages, rendered first and
	 * kept.
	 */
	@Test
	void thePagerIsWhatTheTemplateWritesForAnyParameters() {
		PageResult<CommunityCard> middle = new PageResult<>(List.of(), 2, 20, 95, 5, true);
		PageResult<CommunityCard> first = new PageResult<>(List.of(), 0, 20, 1000, 50, false);
		List<Map<String, String[]>> asked = List.of(Map.of(),
				Map.of("q", new String[] { "Hal&man ü'\"<x> 100% +#/?=;" }, "region", new String[] { "12.11" }),
				Map.of("level", new String[] { "SD", "SMP" }, "school", new String[] { "" }, "province",
						new String[] { "12", "13" }, "page", new String[] { "2" }, "other", new String[] { "x" }));
		for (PageResult<CommunityCard> result : List.of(middle, first)) {
			for (Map<String, String[]> parameters : asked) {
				for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
					MockHttpServletRequest request = new MockHttpServletRequest("GET", "/communities");
					parameters.forEach(request::setParameter);
					MockHttpServletResponse response = new MockHttpServletResponse();
					String expected = templates.process("communities/list", Set.of("pager"),
							new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
								.buildExchange(request, response), locale, Map.of("result", result)));
					assertThat(expected).contains("rel=\"next\"");
					assertThat(listPage.pager(result, locale, request, response)).as("rendered").isEqualTo(expected);
					assertThat(listPage.pager(result, locale, request, response)).as("kept").isEqualTo(expected);
				}
			}
		}
	}

	private static long create(Api guru, String name, String joinPolicy) {
		Response created = guru.post("/api/v1/communities",
				"{\"name\":\"" + name
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\",\"joinPolicy\":\""
						+ joinPolicy + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** The asker's own communities' item of that name, or nothing. */
	private static String mine(String page, String name) {
		int section = page.indexOf("<section>");
		if (section < 0) {
			return "";
		}
		String mine = page.substring(section, page.indexOf("</section>", section));
		int at = mine.indexOf(name);
		return at < 0 ? "" : mine.substring(at, mine.indexOf("</li>", at));
	}

}
