package id.kombel.knowledge;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/** Fixed choices the knowledge pages list, as {@code @knowledgeUi} (templates may not build lists themselves). */
@Component("knowledgeUi")
public class KnowledgeUi {

	public List<String> parts() {
		return List.of("context", "problem", "action", "evidence", "result", "reflection");
	}

	public List<String> outcomes() {
		return Arrays.stream(Trial.Outcome.values()).map(Enum::name).toList();
	}

	public List<String> reasons() {
		return Arrays.stream(Report.Reason.values()).map(Enum::name).toList();
	}

	public List<String> visibilities() {
		return Arrays.stream(Visibility.values()).map(Enum::name).toList();
	}
}
