package org.sujarit.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.model.Comparator;
import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.Organization;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectContainer;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetGroup;
import org.sujarit.model.TargetPeriod;
import org.sujarit.model.YearBudget;
import org.sujarit.model.io.PlanBounds;
import org.sujarit.core.money.AmountException;
import org.sujarit.core.money.Amounts;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Builds a plan from the seed's plan JSON: {@code plan → dimensions → missions → subMissions → projects}, the shape
 * of {@code plan-2566-2570.json}. Fields the model has no place for (summary-table variants, OCR notes, source lines)
 * are left out; the project sheet's wording wins, as the seed's README says.
 */
final class JsonPlanImporter {

	/** "ชื่อโครงการตามข้อบัญญัติ “…”": the name used in the budget ordinance, in Thai or straight quotes. */
	private static final Pattern ORDINANCE_NAME = Pattern.compile("ชื่อโครงการตามข้อบัญญัติ\\s*[“\"](.+?)[”\"]",
			Pattern.DOTALL);

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	private final Path file;
	private UnitTree units;

	/** A project's further sub-missions; linked at the end, as they may come later in the document. */
	private record Covers(Project project, List<String> codes) {
	}

	private final List<Covers> covers = new ArrayList<>();

	JsonPlanImporter(Path file) {
		this.file = file;
	}

	static boolean looksLikePlan(JsonElement root) {
		return root.isJsonObject() && root.getAsJsonObject().get("plan") instanceof JsonObject plan
				&& plan.get("dimensions") instanceof JsonArray;
	}

	Plan read(JsonElement root) throws ImportException {
		JsonObject p = object(root.getAsJsonObject(), "plan", "$");
		Plan plan = F.createPlan();
		units = new UnitTree(plan);
		plan.setTitle(string(p, "title"));
		plan.setTitleEn(string(p, "titleEn"));
		String status = string(p, "status");
		plan.setStatus(statusOf(status));
		plan.setRemark(status);

		Organization org = F.createOrganization();
		org.setName(string(p, "organization"));
		org.setShortName(string(p, "organizationShort"));
		org.setNameEn(string(p, "organizationEn"));
		applyKindAndProvince(org);
		plan.setOrganization(org);

		JsonArray years = array(p, "years", "plan");
		List<Integer> fiscalYears = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			fiscalYears.add(integer(years.get(i), "plan.years[" + i + "]"));
		}
		if (fiscalYears.isEmpty()) {
			throw new ImportException(file, -1, Messages.BAD_VALUE, null, file, "plan.years", "[]");
		}
		int first = fiscalYears.stream().min(Integer::compare).get();
		int last = fiscalYears.stream().max(Integer::compare).get();
		// bounded before anything is sized by the years
		for (int i = 0; i < fiscalYears.size(); i++) {
			int y = fiscalYears.get(i);
			if (y < PlanBounds.MIN_YEAR || y > PlanBounds.MAX_YEAR) {
				throw new ImportException(file, -1, Messages.YEARS_OUT_OF_RANGE, null, file, "plan.years[" + i + "]",
						String.valueOf(y));
			}
		}
		if (last - first + 1 > PlanBounds.MAX_YEARS) {
			throw new ImportException(file, -1, Messages.YEARS_OUT_OF_RANGE, null, file, "plan.years",
					first + "–" + last);
		}
		plan.setFirstYear(first);
		plan.setLastYear(last);
		// the NACC framework is named after its first year and spans the plan's years
		plan.setFrameworkId("nacc.lao." + first);
		plan.setFrameworkVersion(first + "-" + last);

		JsonArray dims = array(p, "dimensions", "plan");
		for (int d = 0; d < dims.size(); d++) {
			String path = "plan.dimensions[" + d + "]";
			JsonObject dj = object(dims.get(d), path);
			Dimension dim = F.createDimension();
			dim.setCode(String.valueOf(integer(required(dj, "number", path), path + ".number")));
			dim.setName(string(dj, "name"));
			dim.setNameEn(string(dj, "nameEn"));
			plan.getDimensions().add(dim);
			readProjects(dj, dim, path, fiscalYears);
			JsonArray missions = optionalArray(dj, "missions", path);
			for (int m = 0; m < missions.size(); m++) {
				String mpath = path + ".missions[" + m + "]";
				JsonObject mj = object(missions.get(m), mpath);
				Mission mission = F.createMission();
				mission.setCode(requiredString(mj, "code", mpath));
				mission.setName(string(mj, "name"));
				mission.setNameEn(string(mj, "nameEn"));
				dim.getMissions().add(mission);
				readProjects(mj, mission, mpath, fiscalYears);
				JsonArray subs = optionalArray(mj, "subMissions", mpath);
				for (int s = 0; s < subs.size(); s++) {
					String spath = mpath + ".subMissions[" + s + "]";
					JsonObject sj = object(subs.get(s), spath);
					SubMission sub = F.createSubMission();
					sub.setCode(requiredString(sj, "code", spath));
					sub.setName(string(sj, "name"));
					sub.setNameEn(string(sj, "nameEn"));
					mission.getSubMissions().add(sub);
					readProjects(sj, sub, spath, fiscalYears);
				}
			}
		}
		for (Covers c : covers) {
			linkCovers(plan, c.project(), c.codes());
		}
		return plan;
	}

	private void readProjects(JsonObject container, ProjectContainer into, String path, List<Integer> years)
			throws ImportException {
		JsonArray projects = optionalArray(container, "projects", path);
		for (int i = 0; i < projects.size(); i++) {
			into.getProjects().add(readProject(object(projects.get(i), path + ".projects[" + i + "]"),
					path + ".projects[" + i + "]", years));
		}
	}

	private Project readProject(JsonObject j, String path, List<Integer> years) throws ImportException {
		Project p = F.createProject();
		p.setSeq(integer(required(j, "seq", path), path + ".seq"));
		String kind = requiredString(j, "kind", path);
		p.setKind(ProjectKinds.of(kind));
		if (p.getKind() == null) {
			throw new ImportException(file, -1, Messages.UNKNOWN_KIND, null, file, String.valueOf(p.getSeq()), kind);
		}
		p.setName(requiredString(j, "name", path));
		p.setNameEn(string(j, "nameEn"));
		p.setRationale(string(j, "rationale"));
		p.getObjectives().addAll(strings(j, "objectives", path));
		p.getMethods().addAll(strings(j, "methods", path));
		if (j.get("targetGroup") instanceof JsonObject tj) {
			TargetGroup tg = F.createTargetGroup();
			tg.setText(string(tj, "text"));
			if (tj.get("count") instanceof JsonPrimitive c) {
				tg.setCount(integer(c, path + ".targetGroup.count"));
			}
			tg.setUnit(string(tj, "unit"));
			p.setTargetGroup(tg);
		}
		if (j.get("period") instanceof JsonObject pj) {
			p.setPeriod(string(pj, "text"));
		} else {
			p.setPeriod(string(j, "period"));
		}
		readBudgets(j, p, path, years);

		UnitTree.Assignment a = units.assign(string(j, "responsibleUnit"), string(j, "department"),
				string(j, "departmentAbbrev"));
		p.setResponsibleUnit(a.responsible());
		p.getSupportingUnits().addAll(a.supporting());

		if (!"missing".equals(string(j, "quartersSource"))) {
			JsonArray quarters = optionalArray(j, "quarters", path);
			for (int i = 0; i < quarters.size(); i++) {
				int q = integer(quarters.get(i), path + ".quarters[" + i + "]");
				if (q < 1 || q > 4) {
					throw new ImportException(file, -1, Messages.BAD_VALUE, null, file, path + ".quarters",
							String.valueOf(q));
				}
				p.getQuarters().add(q);
			}
		}
		p.setRemark(string(j, "remark"));
		String detail = string(j, "remarkDetail");
		p.setRemarkDetail(detail);
		if (detail != null) {
			Matcher m = ORDINANCE_NAME.matcher(detail);
			if (m.find()) {
				p.setOrdinanceName(m.group(1).strip());
			}
		}
		readIndicators(j, "outputs", IndicatorKind.OUTPUT, p, path);
		readIndicators(j, "outcomes", IndicatorKind.OUTCOME, p, path);

		JsonArray covered = optionalArray(j, "coversSubMissions", path);
		if (!covered.isEmpty()) {
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < covered.size(); i++) {
				codes.add(text(covered.get(i), path + ".coversSubMissions[" + i + "]"));
			}
			covers.add(new Covers(p, codes));
		}
		return p;
	}

	private void readBudgets(JsonObject j, Project p, String path, List<Integer> years) throws ImportException {
		boolean noBudget = j.get("noBudget") instanceof JsonPrimitive nb && nb.isBoolean() && nb.getAsBoolean();
		JsonObject budgets = j.get("budgets") instanceof JsonObject b ? b : new JsonObject();
		for (int year : years) {
			JsonElement amount = budgets.get(String.valueOf(year));
			if (amount == null && !noBudget) {
				continue; // no entry for that year: findBudget() answers null, distinct from "no budget"
			}
			YearBudget yb = F.createYearBudget();
			yb.setFiscalYear(year);
			if (noBudget) {
				yb.setNoBudget(true);
			} else if (!amount.isJsonNull()) {
				yb.setAmount(amount(amount, path + ".budgets." + year));
			}
			p.getBudgets().add(yb);
		}
	}

	private void readIndicators(JsonObject j, String field, IndicatorKind kind, Project p, String path)
			throws ImportException {
		JsonArray items = optionalArray(j, field, path);
		for (int i = 0; i < items.size(); i++) {
			String ipath = path + "." + field + "[" + i + "]";
			JsonObject ij = object(items.get(i), ipath);
			Indicator ind = F.createIndicator();
			ind.setKind(kind);
			ind.setText(string(ij, "text"));
			ind.setMeasuredBy(string(ij, "measuredBy"));
			if (ij.get("indicator") instanceof JsonObject target) {
				if (target.get("value") instanceof JsonPrimitive v) {
					ind.setTargetValue(decimal(v, ipath + ".indicator.value"));
				}
				ind.setTargetUnit(string(target, "unitThai"));
				ind.setComparator(comparatorOf(string(target, "comparator"), string(target, "op")));
				ind.setPer(periodOf(string(target, "per")));
			} else {
				// a direction without a number ("ลดลง", "เพิ่มขึ้น")
				String trend = string(ij, "trend");
				ind.setComparator("decrease".equals(trend) ? Comparator.DECREASE
						: "increase".equals(trend) ? Comparator.INCREASE : Comparator.NONE);
			}
			p.getIndicators().add(ind);
		}
	}

	private void linkCovers(Plan plan, Project p, List<String> codes) throws ImportException {
		SubMission own = p.getSubMission();
		for (String code : codes) {
			SubMission target = findSubMission(plan, code);
			if (target == null) {
				throw new ImportException(file, -1, Messages.UNKNOWN_SUB_MISSION, null, file,
						String.valueOf(p.getSeq()), code);
			}
			if (target != own && !p.getAlsoCovers().contains(target)) {
				p.getAlsoCovers().add(target);
			}
		}
	}

	private static SubMission findSubMission(Plan plan, String code) {
		for (Dimension d : plan.getDimensions()) {
			for (Mission m : d.getMissions()) {
				for (SubMission s : m.getSubMissions()) {
					if (code.equals(s.getCode())) {
						return s;
					}
				}
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ mappings

	private static final Map<String, Comparator> COMPARATORS = Map.of( //
			"at least", Comparator.AT_LEAST, //
			"not less than", Comparator.NOT_LESS_THAN, //
			"not lower than", Comparator.NOT_LOWER_THAN, //
			"or more", Comparator.OR_MORE, //
			"count", Comparator.EQUALS, //
			"decrease by", Comparator.DECREASE_BY, //
			"decrease", Comparator.DECREASE, //
			"increase", Comparator.INCREASE);

	/** The English reading of the printed comparator; a bare target ("ร้อยละ 80") prints no comparator. */
	static Comparator comparatorOf(String comparator, String op) {
		if (comparator != null) {
			Comparator c = COMPARATORS.get(comparator.strip().toLowerCase(java.util.Locale.ROOT));
			if (c != null) {
				return c;
			}
			if (comparator.startsWith("target")) {
				return Comparator.NONE;
			}
		}
		if (op == null) {
			return Comparator.NONE;
		}
		return switch (op) {
		case ">=" -> Comparator.NOT_LESS_THAN;
		case "=" -> Comparator.EQUALS;
		case "decrease_by" -> Comparator.DECREASE_BY;
		default -> Comparator.NONE;
		};
	}

	static TargetPeriod periodOf(String per) {
		if (per == null) {
			return TargetPeriod.NONE;
		}
		return switch (per) {
		case "quarter" -> TargetPeriod.QUARTER;
		case "year" -> TargetPeriod.YEAR;
		default -> TargetPeriod.NONE;
		};
	}

	static PlanStatus statusOf(String text) {
		if (text == null) {
			return PlanStatus.DRAFT;
		}
		String t = text.toLowerCase(java.util.Locale.ROOT);
		if (t.contains("ร่าง") || t.contains("draft")) {
			return PlanStatus.DRAFT;
		}
		return t.contains("ประกาศใช้") || t.contains("approved") ? PlanStatus.APPROVED : PlanStatus.DRAFT;
	}

	/** Kind and province from the organization's Thai name (องค์การบริหารส่วนจังหวัด<province> is a PAO). */
	static void applyKindAndProvince(Organization org) {
		String name = org.getName();
		if (name == null) {
			return;
		}
		String pao = "องค์การบริหารส่วนจังหวัด";
		if (name.startsWith(pao)) {
			org.setKind(OrganizationKind.PAO);
			org.setProvince(name.substring(pao.length()).strip());
		} else if (name.startsWith("องค์การบริหารส่วนตำบล")) {
			org.setKind(OrganizationKind.SAO);
		} else if (name.startsWith("เทศบาล")) {
			org.setKind(OrganizationKind.MUNICIPALITY);
		} else {
			org.setKind(OrganizationKind.SPECIAL);
		}
	}

	// ------------------------------------------------------------------ JSON access with paths for errors

	private JsonElement required(JsonObject o, String field, String path) throws ImportException {
		JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) {
			throw new ImportException(file, -1, Messages.MISSING_FIELD, null, file, path, field);
		}
		return e;
	}

	private JsonObject object(JsonObject o, String field, String path) throws ImportException {
		return object(required(o, field, path), path + "." + field);
	}

	private JsonObject object(JsonElement e, String path) throws ImportException {
		if (!e.isJsonObject()) {
			throw wrongType(e, path, Messages.TYPE_OBJECT);
		}
		return e.getAsJsonObject();
	}

	private JsonArray array(JsonObject o, String field, String path) throws ImportException {
		JsonElement e = required(o, field, path);
		if (!e.isJsonArray()) {
			throw wrongType(e, path + "." + field, Messages.TYPE_ARRAY);
		}
		return e.getAsJsonArray();
	}

	private JsonArray optionalArray(JsonObject o, String field, String path) throws ImportException {
		JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) {
			return new JsonArray();
		}
		if (!e.isJsonArray()) {
			throw wrongType(e, path + "." + field, Messages.TYPE_ARRAY);
		}
		return e.getAsJsonArray();
	}

	private String requiredString(JsonObject o, String field, String path) throws ImportException {
		return text(required(o, field, path), path + "." + field);
	}

	private String text(JsonElement e, String path) throws ImportException {
		if (!e.isJsonPrimitive()) {
			throw wrongType(e, path, Messages.TYPE_TEXT);
		}
		return e.getAsString();
	}

	/** A value of the wrong JSON type: names the path, the expected and the actual type. */
	private ImportException wrongType(JsonElement e, String path, String expectedKey) {
		return new ImportException(file, -1, Messages.WRONG_TYPE, null, file, path, new TypeName(expectedKey),
				new TypeName(typeKey(e)));
	}

	private static String typeKey(JsonElement e) {
		if (e == null || e.isJsonNull()) {
			return Messages.TYPE_NULL;
		}
		if (e.isJsonObject()) {
			return Messages.TYPE_OBJECT;
		}
		if (e.isJsonArray()) {
			return Messages.TYPE_ARRAY;
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		return p.isBoolean() ? Messages.TYPE_BOOLEAN : p.isNumber() ? Messages.TYPE_NUMBER : Messages.TYPE_TEXT;
	}

	/** A JSON type in words, in the locale of the message. */
	private record TypeName(String key) implements org.sujarit.model.io.MessageBundle.Localized {
		@Override
		public String toString(java.util.Locale locale) {
			return Messages.BUNDLE.format(locale, key);
		}
	}

	private List<String> strings(JsonObject o, String field, String path) throws ImportException {
		List<String> result = new ArrayList<>();
		JsonArray items = optionalArray(o, field, path);
		for (int i = 0; i < items.size(); i++) {
			result.add(text(items.get(i), path + "." + field + "[" + i + "]"));
		}
		return result;
	}

	private static String string(JsonObject o, String field) {
		JsonElement e = o.get(field);
		return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
	}

	private int integer(JsonElement e, String path) throws ImportException {
		if (!(e instanceof JsonPrimitive p) || p.isBoolean()) {
			throw wrongType(e, path, Messages.TYPE_INTEGER);
		}
		String t = p.getAsString().strip();
		try {
			// bounded before BigDecimal sees it: "1E+999999" must not be expanded
			if (t.length() > 20) {
				throw new NumberFormatException(t);
			}
			return new BigDecimal(t).intValueExact();
		} catch (RuntimeException ex) {
			throw new ImportException(file, -1, Messages.BAD_VALUE, ex, file, path, abbreviate(e));
		}
	}

	/** A decimal that is not money (an indicator's target): any plain number of sane size. */
	private BigDecimal decimal(JsonElement e, String path) throws ImportException {
		if (!(e instanceof JsonPrimitive p) || p.isBoolean()) {
			throw wrongType(e, path, Messages.TYPE_NUMBER);
		}
		try {
			// through the printed digits, never through double
			BigDecimal v = new BigDecimal(p.getAsString().strip());
			if (Math.abs((long) v.precision() - v.scale()) > 18 || Math.abs(v.scale()) > 18) {
				throw new NumberFormatException(p.getAsString());
			}
			return v;
		} catch (RuntimeException ex) {
			throw new ImportException(file, -1, Messages.BAD_VALUE, ex, file, path, abbreviate(e));
		}
	}

	/**
	 * An amount of baht: a JSON number within the bounds, or a text in an unambiguous form ("1,234.50"; Thai digits
	 * too).
	 */
	private BigDecimal amount(JsonElement e, String path) throws ImportException {
		if (!(e instanceof JsonPrimitive p) || p.isBoolean()) {
			throw wrongType(e, path, Messages.TYPE_NUMBER);
		}
		try {
			if (p.isNumber()) {
				BigDecimal v = new BigDecimal(p.getAsString());
				AmountException.Reason r = Amounts.check(v);
				if (r != null) {
					throw new AmountException(r, p.getAsString(), 1);
				}
				return v;
			}
			return Amounts.parse(p.getAsString());
		} catch (AmountException ex) {
			throw new ImportException(file, -1, Messages.JSON_AMOUNT, ex, file, path, abbreviate(e),
					new Csv.LocalizedReason(ex));
		} catch (NumberFormatException ex) {
			throw new ImportException(file, -1, Messages.BAD_VALUE, ex, file, path, abbreviate(e));
		}
	}

	private static String abbreviate(JsonElement e) {
		String s = String.valueOf(e);
		return s.length() > 60 ? s.substring(0, 57) + "..." : s;
	}
}
