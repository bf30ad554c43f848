package org.sujarit.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sujarit.framework.validation.RuleDescriptor;

/**
 * A planning framework as contributed by plug-ins: its own dimensions plus those other plug-ins added to it, its
 * catalogue and its rules. Immutable; the registry builds a new one when plug-ins come or go.
 */
public final class FrameworkDescriptor {

	private final String id;
	private final String version;
	private final String name;
	private final String nameEn;
	private final int firstYear;
	private final int lastYear;
	private final String contributor;
	private final List<DimensionDescriptor> dimensions;
	private final List<CatalogueEntry> catalogue;
	private final List<RuleDescriptor> rules;
	private final List<String> ePackages;

	public FrameworkDescriptor(String id, String version, String name, String nameEn, int firstYear, int lastYear,
			String contributor, List<DimensionDescriptor> dimensions, List<CatalogueEntry> catalogue,
			List<RuleDescriptor> rules, List<String> ePackages) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.nameEn = nameEn;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.contributor = contributor;
		this.dimensions = List.copyOf(dimensions);
		this.catalogue = List.copyOf(catalogue);
		this.rules = List.copyOf(rules);
		this.ePackages = List.copyOf(ePackages);
	}

	public String getId() {
		return id;
	}

	public String getVersion() {
		return version;
	}

	/** Thai name. */
	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	/** First fiscal year (BE) the framework is meant for. */
	public int getFirstYear() {
		return firstYear;
	}

	public int getLastYear() {
		return lastYear;
	}

	/** Symbolic name of the plug-in that contributed the framework itself. */
	public String getContributor() {
		return contributor;
	}

	/** Dimensions in code order: the framework's own, then the contributed ones. */
	public List<DimensionDescriptor> getDimensions() {
		return dimensions;
	}

	public List<CatalogueEntry> getCatalogue() {
		return catalogue;
	}

	/** The framework's own rules and those of plug-ins that target it (not the generic rules). */
	public List<RuleDescriptor> getRules() {
		return rules;
	}

	/** nsURIs of the EPackages declared by the framework and its dimension plug-ins. */
	public List<String> getEPackages() {
		return ePackages;
	}

	/** Symbolic names of every plug-in that contributed to this framework, the framework's own first. */
	public Set<String> getContributors() {
		Set<String> all = new LinkedHashSet<>();
		all.add(contributor);
		dimensions.forEach(d -> all.add(d.contributor()));
		return Collections.unmodifiableSet(all);
	}

	public DimensionDescriptor findDimension(String code) {
		return dimensions.stream().filter(d -> d.code().equals(code)).findFirst().orElse(null);
	}

	/** The mission with this code in any dimension, or null. */
	public MissionDescriptor findMission(String code) {
		for (DimensionDescriptor d : dimensions) {
			MissionDescriptor m = d.findMission(code);
			if (m != null) {
				return m;
			}
		}
		return null;
	}

	/** The dimension that holds the mission with this code, or null. */
	public DimensionDescriptor dimensionOfMission(String missionCode) {
		return dimensions.stream().filter(d -> d.findMission(missionCode) != null).findFirst().orElse(null);
	}

	public SubMissionDescriptor findSubMission(String code) {
		MissionDescriptor m = missionOfSubMission(code);
		return m == null ? null : m.findSubMission(code);
	}

	/** The mission that holds the sub-mission with this code, or null. */
	public MissionDescriptor missionOfSubMission(String subMissionCode) {
		for (DimensionDescriptor d : dimensions) {
			for (MissionDescriptor m : d.missions()) {
				if (m.findSubMission(subMissionCode) != null) {
					return m;
				}
			}
		}
		return null;
	}

	/** Catalogue entries of one sub-mission, in catalogue order. */
	public List<CatalogueEntry> getCatalogue(String subMissionCode) {
		List<CatalogueEntry> entries = new ArrayList<>();
		for (CatalogueEntry e : catalogue) {
			if (e.subMissionCode().equals(subMissionCode)) {
				entries.add(e);
			}
		}
		return entries;
	}

	/** Whether the framework is meant for this fiscal year (BE). */
	public boolean covers(int fiscalYear) {
		return fiscalYear >= firstYear && fiscalYear <= lastYear;
	}

	@Override
	public String toString() {
		return id + ' ' + version + " (" + contributor + ')';
	}
}
