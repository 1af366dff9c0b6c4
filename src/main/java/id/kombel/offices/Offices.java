package id.kombel.offices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.InvalidInputException.FieldProblem;

/**
 * Education offices of every province and regency, and the branch offices of provinces.
 */
@Service
@Transactional(readOnly = true)
public class Offices {

	private final OfficeRepository repository;

	private final Regions regions;

	Offices(OfficeRepository repository, Regions regions) {
		this.repository = repository;
		this.regions = regions;
	}

	public Optional<OfficeView> find(long id) {
		return repository.findById(id).map(EducationOffice::view);
	}

	/**
	 * The offices inside a region: a province's office, its branches and its regencies'
	 * offices.
	 */
	public List<OfficeView> within(String regionCode) {
		return repository.findWithin(regionCode).stream().map(EducationOffice::view).toList();
	}

	public List<OfficeView> provinceOffices() {
		return repository.findByKindOrderByRegionCode(OfficeKind.PROVINCE).stream().map(EducationOffice::view).toList();
	}

	public List<OfficeView> branchesCovering(String regencyCode) {
		return repository.findBranchesCovering(regencyCode).stream().map(EducationOffice::view).toList();
	}

	@Transactional
	public OfficeView createBranch(NewBranchOffice request) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<RegionView> province = regions.find(request.provinceCode());
		if (province.isEmpty() || province.get().level() != RegionLevel.PROVINCE) {
			problems.add(new FieldProblem("provinceCode", "validation.region-unknown", request.provinceCode()));
		}
		for (String regency : request.regencyCodes()) {
			if (!regions.find(regency).map(r -> request.provinceCode().equals(r.parentCode())).orElse(false)) {
				problems.add(new FieldProblem("regencyCodes", "validation.regency-not-in-province", regency));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (repository.existsByKindAndRegionCodeAndNumber(OfficeKind.BRANCH, request.provinceCode(),
				request.number())) {
			throw new ConflictException("number", "offices.branch-exists");
		}
		return repository
			.save(EducationOffice.branch(request.provinceCode(), request.number(), request.name().strip(),
					request.address(), request.regencyCodes().stream().distinct().sorted().toList()))
			.view();
	}

}
