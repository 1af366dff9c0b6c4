package id.kombel.accounts.session;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's filter, each of its runs on a thread being one
 * {@link LastAccessWriteBack.Pass}: what the store remembers for the run is forgotten
 * when the filter ends, however it ends, before the thread serves anything else. A
 * request's every dispatch the filter handles (the request itself, an error page after
 * it, an asynchronous dispatch) is a pass of its own; work done on other threads (an
 * asynchronous response's writer) is in none, so nothing is remembered there.
 * <p>
 * It wraps the filter rather than being registered beside it (Tomcat takes a lock on its
 * filter map for each filter of each request), and is a {@link SessionRepositoryFilter}
 * itself because Boot registers the filter by its bean's name once it has found exactly
 * one bean of that type. It hands every call to the wrapped filter, whose own
 * once-per-request checks then decide as they would alone.
 */
final class OnePassSessionFilter extends SessionRepositoryFilter<LastAccessWriteBack.Tracked> {

	private final SessionRepositoryFilter<?> filter;

	private final LastAccessWriteBack sessions;

	OnePassSessionFilter(SessionRepositoryFilter<?> filter, LastAccessWriteBack sessions) {
		super(sessions);
		this.filter = filter;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (LastAccessWriteBack.Pass pass = sessions.openPass()) {
			filter.doFilter(request, response, chain);
		}
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	@Override
	public void init(FilterConfig config) {
		filter.init(config);
	}

	@Override
	public void destroy() {
		filter.destroy();
	}

}
