package id.kombel.shared.events;

/**
 * An inquiry cycle moved past a phase ({@code phase} is the one it left), or was closed
 * ({@code closed}: the whole cycle is complete).
 */
public record CyclePhaseCompleted(long communityId, long cycleId, String phase, boolean closed) {
}
