package id.kombel.monitoring.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import id.kombel.monitoring.CommunityRow;
import id.kombel.monitoring.Summary;
import id.kombel.monitoring.model.ReadModel;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.AdminOnly;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;

@RestController
@RequestMapping("/api/v1")
class MonitoringApiController {

	private final Dashboards dashboards;

	private final ReadModel model;

	MonitoringApiController(Dashboards dashboards, ReadModel model) {
		this.dashboards = dashboards;
		this.model = model;
	}

	@Operation(summary = "Figures of a region (or one school) and of each child area, as far as the caller's scope "
			+ "reaches. Without region or school: the caller's own area. 403 outside the scope, 404 for an unknown "
			+ "region or school, 400 for a malformed code or a level not in the list.")
	@GetMapping("/monitoring/summary")
	Summary summary(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String level) {
		var lv = Dashboards.level(level);
		return dashboards.summary(user.scope(), dashboards.place(user.scope(), region, school), lv);
	}

	@Operation(summary = "Communities of a region (or school) in the caller's scope, optionally of one state "
			+ "(NOT_STARTED, ACTIVE, STALLED) and level; those without a held activity for longest first.")
	@GetMapping("/monitoring/communities")
	PageResult<CommunityRow> communities(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String state,
			@RequestParam(required = false) String level, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw InvalidInputException.of("page", "validation.min");
		}
		if (size < 1 || size > 100) {
			throw InvalidInputException.of("size", size < 1 ? "validation.min" : "validation.max");
		}
		var lv = Dashboards.level(level);
		var st = Dashboards.state(state);
		return dashboards.communities(user.scope(), dashboards.place(user.scope(), region, school), lv, st, page, size);
	}

	@Operation(summary = "Rebuilds monitoring's read model from the source tables (administrators).")
	@AdminOnly
	@PostMapping("/admin/monitoring/rebuild")
	ReadModel.Rebuilt rebuild() {
		return model.rebuild();
	}

}
