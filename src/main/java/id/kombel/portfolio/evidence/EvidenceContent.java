package id.kombel.portfolio.evidence;

/**
 * Where the merged PDF reads evidence from ({@link EvidenceStore} in the application,
 * memory in the benchmark).
 */
public interface EvidenceContent {

	/** A PDF's file; a photo's print copy, or its file if it has none. */
	byte[] printable(EvidenceStore.StoredEvidence e);

	/** The ready-made copy of the photo whose long edge is {@code edge}. */
	byte[] copy(EvidenceStore.StoredEvidence e, int edge);

}
