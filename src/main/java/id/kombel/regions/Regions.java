package id.kombel.regions;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The regions of Indonesia. Reference data changes only with a migration, so it is held
 * in memory once loaded: lookups by code and name cost nothing on hot paths.
 */
@Service
public class Regions {

	private record Index(List<RegionView> sorted, Map<String, RegionView> byCode,
			Map<String, List<RegionView>> children, Map<RegionLevel, List<RegionView>> byLevel) {
	}

	private final RegionRepository repository;

	private volatile Index index;

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	public Optional<RegionView> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(index().byCode().get(code.trim()));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public String nameOf(String code) {
		return find(code).map(RegionView::name).orElse(code);
	}

	public List<RegionView> byLevel(RegionLevel level) {
		return index().byLevel().getOrDefault(level, List.of());
	}

	public List<RegionView> children(String code) {
		return index().children().getOrDefault(code, List.of());
	}

	/** The region and its ancestors, from the province down. */
	public List<RegionView> path(String code) {
		LinkedList<RegionView> path = new LinkedList<>();
		Optional<RegionView> current = find(code);
		while (current.isPresent()) {
			path.addFirst(current.get());
			current = find(current.get().parentCode());
		}
		return path;
	}

	/**
	 * Regions whose name contains the text, ignoring case and accents; provinces first.
	 */
	public List<RegionView> search(String text, int limit) {
		String needle = fold(text);
		return index().sorted()
			.stream()
			.filter(r -> fold(r.name()).contains(needle))
			.sorted(Comparator.comparing(RegionView::level))
			.limit(limit)
			.toList();
	}

	/**
	 * The regency or city a person wrote: "Kab. Dairi", "KABUPATEN DAIRI", "Dairi", "Kota
	 * Medan", "Medan" or the code "12.11". Where a regency and a city share a name
	 * (Kabupaten and Kota Bekasi) the text must say which. Empty when unknown or
	 * ambiguous.
	 */
	public Optional<RegionView> matchRegency(String text, String provinceCode) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<RegionView> byCode = find(text).filter(r -> r.level() == RegionLevel.REGENCY);
		if (byCode.isPresent()) {
			return byCode.filter(r -> provinceCode == null || provinceCode.equals(r.parentCode()));
		}
		RegencyName wanted = RegencyName.of(text);
		List<RegionView> candidates = index().sorted()
			.stream()
			.filter(r -> r.level() == RegionLevel.REGENCY)
			.filter(r -> provinceCode == null || provinceCode.equals(r.parentCode()))
			.filter(r -> RegencyName.of(r.name()).core().equals(wanted.core()))
			.filter(r -> wanted.city() == null
					|| java.util.Objects.equals(RegencyName.of(r.name()).city(), wanted.city()))
			.toList();
		if (candidates.isEmpty()) {
			// not the official name: an abbreviation or an old name committees still
			// write
			return RegencyAliases.code(text)
				.flatMap(this::find)
				.filter(r -> provinceCode == null || provinceCode.equals(r.parentCode()));
		}
		return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	/** A district of the regency by its name, or by its code. */
	public Optional<RegionView> matchDistrict(String text, String regencyCode) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<RegionView> byCode = find(text).filter(r -> r.level() == RegionLevel.DISTRICT);
		if (byCode.isPresent()) {
			return byCode;
		}
		String wanted = fold(text).replaceFirst("^kec(amatan|\\.)?\\s*", "").strip();
		List<RegionView> candidates = children(regencyCode).stream()
			.filter(r -> fold(r.name()).equals(wanted))
			.toList();
		return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			List<RegionView> sorted = repository.findAll()
				.stream()
				.map(Region::view)
				.sorted(Comparator.comparing(RegionView::code))
				.toList();
			current = new Index(sorted,
					sorted.stream().collect(Collectors.toMap(RegionView::code, Function.identity())),
					sorted.stream()
						.filter(r -> r.parentCode() != null)
						.collect(Collectors.groupingBy(RegionView::parentCode)),
					sorted.stream().collect(Collectors.groupingBy(RegionView::level)));
			index = current;
		}
		return current;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
	}

}
