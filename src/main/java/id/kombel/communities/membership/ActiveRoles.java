package id.kombel.communities.membership;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kombel.communities.MemberRole;

/**
 * An account's role in a community while its membership is active. Outside a transaction
 * one plain statement: the policy check of a check-in storm, where every check-in evicts
 * its community's snapshot (its participation changed) and the next one asks the
 * database, spent a sixth of its CPU in Hibernate's query and read-only transaction
 * (issue 17). Inside a transaction through its entities, so that a membership changed
 * earlier in it and not yet flushed is seen.
 */
@Component
public class ActiveRoles {

	private final MembershipRepository memberships;

	private final JdbcClient jdbc;

	ActiveRoles(MembershipRepository memberships, JdbcClient jdbc) {
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	public Optional<MemberRole> of(long communityId, long accountId) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return memberships.findByCommunityIdAndAccountId(communityId, accountId)
				.filter(Membership::active)
				.map(Membership::role);
		}
		return jdbc
			.sql("select role from membership where community_id = :community and account_id = :account"
					+ " and status = 'ACTIVE'")
			.param("community", communityId)
			.param("account", accountId)
			.query((rs, row) -> MemberRole.valueOf(rs.getString(1)))
			.optional();
	}

}
