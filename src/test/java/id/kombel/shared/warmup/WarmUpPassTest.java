package id.kombel.shared.warmup;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each condition of the warm-up's pass, one at a time. */
class WarmUpPassTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final WarmUpPass pass = new WarmUpPass(availability);

	@Test
	void admitsALoopbackReadOfAPlannedPathWithTheSecretBeforeReady() {
		String secret = pass.open(Set.of("/communities/7", "/communities?region=12.11&level=SD"));

		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", secret))).contains(WarmUpPass.USER);
		assertThat(pass.admit(request("HEAD", "/communities/7", null, "0:0:0:0:0:0:0:1", secret)))
			.contains(WarmUpPass.USER);
		assertThat(pass.admit(request("GET", "/communities", "region=12.11&level=SD", "127.0.0.1", secret)))
			.contains(WarmUpPass.USER);
		// the identity: no account, nothing in scope, no administrator
		assertThat(WarmUpPass.USER.accountId()).isNegative();
		assertThat(WarmUpPass.USER.isAdmin()).isFalse();
		assertThat(WarmUpPass.USER.scope().seesSchools()).isFalse();
		assertThat(WarmUpPass.USER.getPassword()).isNull();
	}

	@Test
	void refusesFromAnotherAddress() {
		String secret = pass.open(Set.of("/communities/7"));
		for (String address : new String[] { "10.0.0.5", "192.168.1.20", "128.0.0.1", "::ffff:10.0.0.5",
				"127.0.0.1.example.org", "", "localhost" }) {
			assertThat(pass.admit(request("GET", "/communities/7", null, address, secret))).as(address).isEmpty();
		}
	}

	@Test
	void refusesAnythingButAReadOfAPlannedPath() {
		String secret = pass.open(Set.of("/communities/7"));
		for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
			assertThat(pass.admit(request(method, "/communities/7", null, "127.0.0.1", secret))).as(method).isEmpty();
		}
		assertThat(pass.admit(request("GET", "/communities/8", null, "127.0.0.1", secret))).isEmpty();
		assertThat(pass.admit(request("GET", "/communities/7", "x=1", "127.0.0.1", secret))).isEmpty();
		assertThat(pass.admit(request("GET", "/communities/7/join", null, "127.0.0.1", secret))).isEmpty();
	}

	@Test
	void refusesWithoutTheSecret() {
		String secret = pass.open(Set.of("/communities/7"));
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", null))).isEmpty();
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", ""))).isEmpty();
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", secret.substring(1)))).isEmpty();
		// each opening has a secret of its own
		pass.close();
		String next = pass.open(Set.of("/communities/7"));
		assertThat(next).isNotEqualTo(secret).hasSizeGreaterThanOrEqualTo(43);
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", secret))).isEmpty();
	}

	@Test
	void refusesWhenClosedAndOnceReady() {
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", "never-opened"))).isEmpty();
		String secret = pass.open(Set.of("/communities/7"));
		pass.close();
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", secret))).isEmpty();

		String again = pass.open(Set.of("/communities/7"));
		ready(availability);
		assertThat(pass.admit(request("GET", "/communities/7", null, "127.0.0.1", again))).isEmpty();
		assertThatThrownBy(() -> pass.open(Set.of("/communities/7"))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesWhileReadyEvenIfNobodyClosedIt() {
		ApplicationAvailability ready = new ApplicationAvailabilityBean() {
			private boolean after;

			@Override
			public ReadinessState getReadinessState() {
				return after ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC;
			}

			@Override
			public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
				after = true;
			}
		};
		WarmUpPass open = new WarmUpPass(ready);
		String secret = open.open(Set.of("/communities/7"));
		((ApplicationAvailabilityBean) ready)
			.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(open.admit(request("GET", "/communities/7", null, "127.0.0.1", secret))).isEmpty();
	}

	private void ready(ApplicationAvailabilityBean availability) {
		AvailabilityChangeEvent<ReadinessState> event = new AvailabilityChangeEvent<>(this,
				ReadinessState.ACCEPTING_TRAFFIC);
		availability.onApplicationEvent(event);
		pass.onReadiness(event);
	}

	private static MockHttpServletRequest request(String method, String path, String query, String address,
			String secret) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setQueryString(query);
		request.setRemoteAddr(address);
		if (secret != null) {
			request.addHeader(WarmUpPass.HEADER, secret);
		}
		return request;
	}

}
