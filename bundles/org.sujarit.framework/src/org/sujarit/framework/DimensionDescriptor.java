package org.sujarit.framework;

import java.util.List;

/**
 * A dimension (มิติ) of a framework with its missions in order.
 *
 * @param contributor symbolic name of the plug-in that contributed it
 * @param required    whether every plan of the framework must contain it (a framework's own dimensions are;
 *                    dimensions added by another plug-in are optional unless declared required)
 * @param ePackages   nsURIs of EPackages the contributor declares for this dimension
 */
public record DimensionDescriptor(String code, String name, String nameEn, boolean nameKnown,
		List<MissionDescriptor> missions, String contributor, boolean required, List<String> ePackages) {

	public DimensionDescriptor {
		missions = List.copyOf(missions);
		ePackages = List.copyOf(ePackages);
	}

	public MissionDescriptor findMission(String missionCode) {
		return missions.stream().filter(m -> m.code().equals(missionCode)).findFirst().orElse(null);
	}

	DimensionDescriptor withContribution(String newContributor, boolean newRequired, List<String> packages) {
		return new DimensionDescriptor(code, name, nameEn, nameKnown, missions, newContributor, newRequired, packages);
	}
}
