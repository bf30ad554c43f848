package org.sujarit.framework;

import java.util.List;

/** A mission of a framework dimension (e.g. 1.1) with its sub-missions in order. */
public record MissionDescriptor(String code, String name, String nameEn, boolean nameKnown,
		List<SubMissionDescriptor> subMissions) {

	public MissionDescriptor {
		subMissions = List.copyOf(subMissions);
	}

	public SubMissionDescriptor findSubMission(String subMissionCode) {
		return subMissions.stream().filter(s -> s.code().equals(subMissionCode)).findFirst().orElse(null);
	}
}
