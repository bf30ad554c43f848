package org.sujarit.framework.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.Messages;
import org.sujarit.framework.MissionDescriptor;
import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.SubMission;
import org.sujarit.model.unknown.UnknownContent;

/**
 * The plan's dimensions, missions and sub-missions against its framework: every code exists in the framework and
 * sits under the right parent, no code twice, every required dimension present. A wrong code is reported on the
 * level that carries it and its children are not checked again (one finding per mistake).
 */
public class StructureRule implements IPlanRule {

	@Override
	public void check(Plan plan, RuleContext ctx) {
		FrameworkDescriptor f = ctx.getFramework();
		if (f == null) {
			return; // the validator has warned that the framework is not installed
		}
		Locale l = ctx.getLocale();
		String fw = f.getId() + ' ' + f.getVersion();
		Set<String> seen = new HashSet<>();
		for (Dimension d : plan.getDimensions()) {
			String code = d.getCode();
			DimensionDescriptor dd = code == null ? null : f.findDimension(code);
			if (dd == null) {
				if (d.getAllProjects().stream().anyMatch(UnknownContent::isUnknown)) {
					// its projects come from a plug-in that is not installed: most likely that plug-in's dimension
					ctx.warning(d, "structure.dimensionOfMissingPlugIn",
							Messages.get(l, "structure.dimensionOfMissingPlugIn", ctx.describe(d), code, fw));
				} else {
					ctx.error(d, "structure.unknownDimension",
							Messages.get(l, "structure.unknownDimension", ctx.describe(d), code, fw));
				}
				continue;
			}
			if (!seen.add(code)) {
				ctx.error(d, "structure.duplicate", Messages.get(l, "structure.duplicate", ctx.describe(d), code));
				continue;
			}
			for (Mission m : d.getMissions()) {
				MissionDescriptor md = checkMission(m, dd, f, ctx, fw);
				if (md == null) {
					continue;
				}
				for (SubMission s : m.getSubMissions()) {
					checkSubMission(s, md, f, ctx, fw);
				}
			}
		}
		for (DimensionDescriptor dd : f.getDimensions()) {
			if (dd.required() && !seen.contains(dd.code())
					&& plan.getDimensions().stream().noneMatch(d -> dd.code().equals(d.getCode()))) {
				String name = Messages.isThai(l) || dd.nameEn() == null ? dd.name() : dd.nameEn();
				ctx.error(plan, "structure.missingDimension",
						Messages.get(l, "structure.missingDimension", dd.code(), name, fw));
			}
		}
	}

	private static MissionDescriptor checkMission(Mission m, DimensionDescriptor parent, FrameworkDescriptor f,
			RuleContext ctx, String fw) {
		Locale l = ctx.getLocale();
		String code = m.getCode();
		MissionDescriptor md = code == null ? null : parent.findMission(code);
		if (md != null) {
			return md;
		}
		DimensionDescriptor elsewhere = code == null ? null : f.dimensionOfMission(code);
		if (elsewhere != null) {
			ctx.error(m, "structure.wrongParent",
					Messages.get(l, "structure.wrongParent", ctx.describe(m), elsewhere.code(), parent.code()));
		} else {
			ctx.error(m, "structure.unknownMission", Messages.get(l, "structure.unknownMission", ctx.describe(m), code, fw));
		}
		return null;
	}

	private static void checkSubMission(SubMission s, MissionDescriptor parent, FrameworkDescriptor f, RuleContext ctx,
			String fw) {
		Locale l = ctx.getLocale();
		String code = s.getCode();
		if (code != null && parent.findSubMission(code) != null) {
			return;
		}
		MissionDescriptor elsewhere = code == null ? null : f.missionOfSubMission(code);
		if (elsewhere != null) {
			ctx.error(s, "structure.wrongParent",
					Messages.get(l, "structure.wrongParent", ctx.describe(s), elsewhere.code(), parent.code()));
		} else {
			ctx.error(s, "structure.unknownSubMission",
					Messages.get(l, "structure.unknownSubMission", ctx.describe(s), code, fw));
		}
	}
}
