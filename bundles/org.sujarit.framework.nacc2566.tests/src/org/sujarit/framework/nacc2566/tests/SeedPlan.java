package org.sujarit.framework.nacc2566.tests;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The seed's 2566-2570 plan read straight from the seed JSON (the test's own reading, independent of the code under
 * test): structure, projects, budgets per year, units (division → section), quarters, indicators.
 */
public final class SeedPlan {

	public static final String FRAMEWORK_ID = "nacc.lao.2566";
	public static final String FRAMEWORK_VERSION = "2566-2570";

	private SeedPlan() {
	}

	public static Path seedFile() {
		String root = System.getProperty("sujarit.root", "../..");
		return Path.of(root).resolve("../shared/seed-data/plan-2566-2570.json").normalize();
	}

	/** The committed sample plan (made by the importer from the seed), loaded through the application's loader. */
	public static Plan sample() {
		Path file = Path.of(System.getProperty("sujarit.root", "../..")).resolve("samples/phitsanulok-2566-2570.sujarit");
		try {
			return PlanResources.loadPlan(file);
		} catch (PlanLoadException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	public static JsonObject json() {
		try (Reader r = Files.newBufferedReader(seedFile(), StandardCharsets.UTF_8)) {
			return JsonParser.parseReader(r).getAsJsonObject().getAsJsonObject("plan");
		} catch (IOException e) {
			throw new IllegalStateException("seed not readable: " + seedFile(), e);
		}
	}

	public static Plan plan() {
		JsonObject json = json();
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setTitle(json.get("title").getAsString());
		plan.setTitleEn(json.get("titleEn").getAsString());
		JsonArray years = json.getAsJsonArray("years");
		plan.setFirstYear(years.get(0).getAsInt());
		plan.setLastYear(years.get(years.size() - 1).getAsInt());
		plan.setFrameworkId(FRAMEWORK_ID);
		plan.setFrameworkVersion(FRAMEWORK_VERSION);
		Map<String, OrganizationUnit> units = new HashMap<>();
		for (JsonElement de : json.getAsJsonArray("dimensions")) {
			JsonObject dj = de.getAsJsonObject();
			Dimension d = f.createDimension();
			d.setCode(dj.get("number").getAsString());
			d.setName(dj.get("name").getAsString());
			d.setNameEn(dj.get("nameEn").getAsString());
			plan.getDimensions().add(d);
			for (JsonElement me : dj.getAsJsonArray("missions")) {
				JsonObject mj = me.getAsJsonObject();
				Mission m = f.createMission();
				m.setCode(mj.get("code").getAsString());
				m.setName(mj.get("name").getAsString());
				m.setNameEn(mj.get("nameEn").getAsString());
				d.getMissions().add(m);
				for (JsonElement se : mj.getAsJsonArray("subMissions")) {
					JsonObject sj = se.getAsJsonObject();
					SubMission s = f.createSubMission();
					s.setCode(sj.get("code").getAsString());
					s.setName(sj.get("name").getAsString());
					s.setNameEn(sj.get("nameEn").getAsString());
					m.getSubMissions().add(s);
					for (JsonElement pe : sj.getAsJsonArray("projects")) {
						s.getProjects().add(project(pe.getAsJsonObject(), plan, units));
					}
				}
			}
		}
		return plan;
	}

	private static Project project(JsonObject pj, Plan plan, Map<String, OrganizationUnit> units) {
		PlanFactory f = PlanFactory.eINSTANCE;
		Project p = f.createProject();
		p.setSeq(pj.get("seq").getAsInt());
		p.setName(pj.get("name").getAsString());
		p.setNameEn(pj.get("nameEn").getAsString());
		p.setKind(kind(pj.get("kind").getAsString()));
		boolean noBudget = pj.get("noBudget").getAsBoolean();
		for (Map.Entry<String, JsonElement> e : pj.getAsJsonObject("budgets").entrySet()) {
			YearBudget b = f.createYearBudget();
			b.setFiscalYear(Integer.parseInt(e.getKey()));
			b.setNoBudget(noBudget);
			b.setAmount(new BigDecimal(e.getValue().getAsString()));
			p.getBudgets().add(b);
		}
		JsonArray quarters = pj.getAsJsonArray("quarters");
		if (quarters != null) {
			quarters.forEach(q -> p.getQuarters().add(q.getAsInt()));
		}
		addIndicators(p, pj.getAsJsonArray("outputs"), IndicatorKind.OUTPUT);
		addIndicators(p, pj.getAsJsonArray("outcomes"), IndicatorKind.OUTCOME);
		String department = pj.get("department").getAsString();
		OrganizationUnit division = units.computeIfAbsent(department, name -> {
			OrganizationUnit u = f.createOrganizationUnit();
			u.setName(name);
			plan.getUnits().add(u);
			return u;
		});
		String full = pj.get("responsibleUnit").getAsString();
		String section = full.endsWith(department) ? full.substring(0, full.length() - department.length()).strip() : "";
		if (section.isEmpty()) {
			p.setResponsibleUnit(division);
		} else {
			p.setResponsibleUnit(units.computeIfAbsent(department + '/' + section, key -> {
				OrganizationUnit u = f.createOrganizationUnit();
				u.setName(section);
				division.getSubUnits().add(u);
				return u;
			}));
		}
		return p;
	}

	private static void addIndicators(Project p, JsonArray items, IndicatorKind kind) {
		if (items == null) {
			return;
		}
		for (JsonElement e : items) {
			Indicator i = PlanFactory.eINSTANCE.createIndicator();
			i.setKind(kind);
			i.setText(e.getAsJsonObject().get("text").getAsString());
			p.getIndicators().add(i);
		}
	}

	public static ProjectKind kind(String thai) {
		return switch (thai) {
		case "โครงการ" -> ProjectKind.PROJECT;
		case "กิจกรรม" -> ProjectKind.ACTIVITY;
		case "มาตรการ" -> ProjectKind.MEASURE;
		default -> throw new IllegalArgumentException(thai);
		};
	}
}
