package id.kombel.shared.access;

import java.io.Serializable;
import java.util.Set;

import id.kombel.shared.Level;

/**
 * A region (by Kemendagri code) and, optionally, the only levels seen in it. Codes nest
 * by prefix: {@code 12} contains {@code 12.11} contains {@code 12.11.05}.
 */
public record Area(String regionCode, Set<Level> levels) implements Serializable {

	public Area {
		levels = Set.copyOf(levels);
	}

	public static Area all(String regionCode) {
		return new Area(regionCode, Set.of());
	}

	/** Whether {@code code} is this area's region or lies inside it. */
	public boolean contains(String code) {
		return code != null && (code.equals(regionCode) || code.startsWith(regionCode + "."));
	}

	public boolean allows(Level level) {
		return levels.isEmpty() || levels.contains(level);
	}
}
