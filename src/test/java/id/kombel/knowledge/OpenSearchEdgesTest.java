package id.kombel.knowledge;

/**
 * The edges of {@link KnowledgeEdgesTest} on a real OpenSearch node: odd query syntax
 * answered, never a failure; highlighted titles and snippets escaped; answers found in
 * their question.
 */
@OnOpenSearch
class OpenSearchEdgesTest extends KnowledgeEdgesTest {

}
