package org.sujarit.publish;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.IndicatorResult;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetGroup;
import org.sujarit.model.YearBudget;
import org.sujarit.model.derived.PlanFigures;
import org.sujarit.publish.internal.Html;
import org.sujarit.publish.internal.SvgChart;
import org.sujarit.core.money.BahtFormat;

/**
 * Writes the pages of the site (both languages) into a map of path → bytes. Every figure comes from the model's
 * derived figures ({@link PlanFigures}); every text goes through {@link Html}, which escapes it.
 */
final class SitePages {

	/** One plan on the site with its documents. */
	record PlanSite(Plan plan, String slug, SiteDocument planDoc, SiteDocument sheetsDoc,
			Map<ResultsRound, SiteDocument> resultDocs) {
	}

	static final ResultStatus[] STATUS_ORDER = { ResultStatus.DONE, ResultStatus.IN_PROGRESS,
			ResultStatus.AWAITING_REPORT, ResultStatus.CANNOT_DO };

	private final List<PlanSite> plans;
	private final List<SiteDocument> meetings;
	private final String organization;
	private final Map<String, byte[]> files = new LinkedHashMap<>();
	private final List<String> pages = new ArrayList<>();

	SitePages(List<PlanSite> plans, List<SiteDocument> meetings) {
		this.plans = plans;
		this.meetings = meetings;
		Plan first = plans.get(0).plan();
		this.organization = first.getOrganization() == null ? "" : nz(first.getOrganization().getName());
	}

	/** All pages of both languages; {@link #pagePaths()} lists the Thai and English page paths for the sitemap. */
	Map<String, byte[]> write() {
		for (SiteLanguage l : SiteLanguage.values()) {
			index(l);
			search(l);
			for (PlanSite ps : plans) {
				for (Dimension d : ps.plan().getDimensions()) {
					dimension(l, ps, d);
				}
				for (Project p : ps.plan().getAllProjects()) {
					project(l, ps, p);
				}
			}
		}
		return files;
	}

	List<String> pagePaths() {
		return pages;
	}

	// ---- names of pages -------------------------------------------------------------------------------------

	static String dimensionPage(PlanSite ps, Dimension d) {
		return ps.slug() + "-dimension-" + PlanFigures.number(d) + ".html";
	}

	static String projectPage(PlanSite ps, Project p) {
		return ps.slug() + "-project-" + p.getSeq() + ".html";
	}

	// ---- the page frame -------------------------------------------------------------------------------------

	private void page(SiteLanguage l, String path, String title, String description, List<String[]> crumbs,
			Consumer<Html> main) {
		String root = l.toRoot();
		Html h = new Html();
		h.open("html", "lang", l.code());
		h.open("head");
		h.open("meta", "charset", "utf-8");
		h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		h.el("title", title);
		h.open("meta", "name", "description", "content", description);
		h.open("meta", "name", "generator", "content", "Sujarit");
		h.open("link", "rel", "stylesheet", "href", root + "assets/site.css");
		h.open("link", "rel", "icon", "href", root + "assets/icon.svg", "type", "image/svg+xml");
		h.open("link", "rel", "alternate", "hreflang", l.other().code(), "href", otherLanguage(l, path));
		h.close("head");
		h.open("body");
		h.el("a", l.text("skip"), "class", "skip", "href", "#main");
		h.open("header", "class", "site");
		h.open("div", "class", "bar");
		h.open("a", "class", "brand", "href", "index.html");
		h.el("span", organization, "class", "org", "lang", "th");
		h.el("span", l.text("site.name"), "class", "sub");
		h.close("a");
		h.open("nav", "aria-label", l.text("nav.home"));
		h.open("ul");
		h.open("li").el("a", l.text("nav.home"), "href", "index.html").close("li");
		h.open("li").el("a", l.text("nav.search"), "href", "search.html").close("li");
		h.open("li").el("a", l.text("lang.other"), "href", otherLanguage(l, path), "hreflang", l.other().code(),
				"lang", l.other().code()).close("li");
		h.close("ul");
		h.close("nav");
		h.close("div");
		h.open("form", "class", "search", "role", "search", "action", "search.html", "method", "get");
		h.el("label", l.text("search.label"), "for", "site-q");
		h.open("input", "id", "site-q", "name", "q", "type", "search", "placeholder", l.text("search.placeholder"));
		h.el("button", l.text("search.button"), "type", "submit");
		h.close("form");
		h.close("header");
		if (crumbs != null && !crumbs.isEmpty()) {
			h.open("nav", "class", "crumbs", "aria-label", l.text("nav.breadcrumb"));
			h.open("ol");
			for (String[] c : crumbs) {
				h.open("li");
				if (c[1] == null) {
					h.el("span", c[0], "aria-current", "page");
				} else {
					h.el("a", c[0], "href", c[1]);
				}
				h.close("li");
			}
			h.close("ol");
			h.close("nav");
		}
		h.open("main", "id", "main", "tabindex", "-1");
		main.accept(h);
		h.close("main");
		h.open("footer", "class", "site");
		h.el("p", l.text("footer.text", organization));
		h.open("p");
		h.text(l.text("footer.font") + " ");
		h.el("a", "LICENSE-Laksaman.txt", "href", root + "assets/fonts/LICENSE-Laksaman.txt");
		h.close("p");
		h.close("footer");
		h.open("script", "src", root + "assets/search-index.js").close("script");
		h.open("script", "src", root + "assets/search.js").close("script");
		h.close("body");
		h.close("html");
		String file = l.folder() + path;
		files.put(file, h.document().getBytes(StandardCharsets.UTF_8));
		pages.add(file);
	}

	private static String otherLanguage(SiteLanguage l, String path) {
		return l == SiteLanguage.THAI ? "en/" + path : "../" + path;
	}

	// ---- index ----------------------------------------------------------------------------------------------

	private void index(SiteLanguage l) {
		String title = l.text("index.title", organization);
		page(l, "index.html", title, l.text("index.description", organization), null, h -> {
			h.el("h1", title);
			h.el("p", l.text("index.intro", organization), "class", "lead");
			h.open("nav", "class", "toc", "aria-label", l.text("index.plans"));
			h.el("h2", l.text("index.plans"));
			h.open("ul");
			for (PlanSite ps : plans) {
				h.open("li").el("a", planHeading(l, ps), "href", "#" + ps.slug()).close("li");
			}
			h.close("ul");
			h.close("nav");
			for (PlanSite ps : plans) {
				planSection(l, h, ps);
			}
			if (!meetings.isEmpty()) {
				h.open("section", "aria-labelledby", "meetings");
				h.el("h2", l.text("docs.meetings"), "id", "meetings");
				h.open("ul", "class", "docs");
				for (SiteDocument d : meetings) {
					h.open("li").el("a", l == SiteLanguage.THAI ? d.titleTh() : d.titleEn(), "href", d.path())
							.close("li");
				}
				h.close("ul");
				h.close("section");
			}
		});
	}

	private String planHeading(SiteLanguage l, PlanSite ps) {
		return nz(ps.plan().getTitle()).replaceFirst("\\s*\\(\\s*พ\\.ศ\\.[^)]*\\)\\s*$", "")
				.replaceFirst("\\s*พ\\.ศ\\.\\s*[0-9๐-๙]{4}\\s*$", "") + " · " + years(l, ps.plan());
	}

	/** "ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐" / "Fiscal years 2566 - 2570". */
	private static String years(SiteLanguage l, Plan plan) {
		List<Integer> ys = plan.getFiscalYears();
		if (ys.size() == 1) {
			return l.text("plan.year", l.num(ys.get(0)));
		}
		return l.text("plan.years", yearSpan(l, plan));
	}

	private static String yearSpan(SiteLanguage l, Plan plan) {
		List<Integer> ys = plan.getFiscalYears();
		if (ys.isEmpty()) {
			return "";
		}
		return ys.size() == 1 ? l.num(ys.get(0)) : l.num(ys.get(0)) + " - " + l.num(ys.get(ys.size() - 1));
	}

	private void planSection(SiteLanguage l, Html h, PlanSite ps) {
		Plan plan = ps.plan();
		BahtFormat baht = BahtFormat.whole(l.digits());
		h.open("section", "class", "plan", "id", ps.slug(), "aria-labelledby", ps.slug() + "-h");
		h.open("h2", "id", ps.slug() + "-h");
		h.el("span", planHeading(l, ps), "lang", "th");
		h.text(" ");
		h.el("span", l.text(plan.getStatus() == PlanStatus.APPROVED ? "plan.status.approved" : "plan.status.draft"),
				"class", "badge");
		h.close("h2");
		h.el("p", l.text("plan.summary", l.num(plan.projectCount()), l.num(plan.getDimensions().size()),
				baht.format(PlanFigures.totalBudgetOverPlan(plan))));

		// budget and projects by dimension: table (the figures) + charts (the same figures, drawn)
		h.el("h3", l.text("plan.byDimension"));
		List<Integer> ys = plan.getFiscalYears();
		h.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
				l.text("table.dimensions.caption"));
		h.open("table", "class", "figures");
		h.el("caption", l.text("table.dimensions.caption"));
		h.open("thead").open("tr");
		h.el("th", l.text("col.dimension"), "scope", "col");
		h.el("th", l.text("col.projects"), "scope", "col");
		for (int y : ys) {
			h.el("th", l.text("col.yearShort", l.num(y)), "scope", "col");
		}
		h.close("tr").close("thead");
		h.open("tbody");
		for (Dimension d : plan.getDimensions()) {
			List<Project> ps2 = PlanFigures.allProjects(d);
			h.open("tr");
			h.open("th", "scope", "row").el("a", dimensionLabel(l, d), "href", dimensionPage(ps, d)).close("th");
			h.el("td", l.num(ps2.size()), "class", "num");
			for (int y : ys) {
				h.el("td", baht.format(PlanFigures.totalBudget(ps2, y)), "class", "num");
			}
			h.close("tr");
		}
		h.close("tbody");
		h.open("tfoot").open("tr");
		h.el("th", l.text("col.total"), "scope", "row");
		h.el("td", l.num(plan.projectCount()), "class", "num");
		List<Project> all = plan.getAllProjects();
		for (int y : ys) {
			h.el("td", baht.format(PlanFigures.totalBudget(all, y)), "class", "num");
		}
		h.close("tr").close("tfoot");
		h.close("table");
		h.close("div");

		h.open("div", "class", "charts");
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int y : ys) {
			BigDecimal v = PlanFigures.totalBudget(all, y);
			labels.add(l.text("col.yearShort", l.num(y)));
			values.add(v);
			texts.add(baht.format(v));
		}
		SvgChart.bars(h, l, ps.slug() + "-budget", l.text("chart.budget.title"), labels, values, texts);
		labels.clear();
		values.clear();
		texts.clear();
		for (Dimension d : plan.getDimensions()) {
			int n = PlanFigures.allProjects(d).size();
			labels.add(l.text("dimension.short", l.num(PlanFigures.number(d))));
			values.add(BigDecimal.valueOf(n));
			texts.add(l.num(n));
		}
		SvgChart.bars(h, l, ps.slug() + "-count", l.text("chart.count.title"), labels, values, texts);
		h.close("div");

		// the latest results round
		h.el("h3", l.text("results.latest"));
		ResultsRound latest = latestRound(plan);
		if (latest == null) {
			h.el("p", l.text("results.none"));
		} else {
			String round = roundName(l, latest);
			h.el("p", round, "class", "round");
			h.open("table", "class", "figures status");
			h.el("caption", l.text("results.caption", round));
			h.open("thead").open("tr");
			h.el("th", l.text("col.status"), "scope", "col");
			h.el("th", l.text("col.count"), "scope", "col");
			h.close("tr").close("thead");
			h.open("tbody");
			for (ResultStatus s : STATUS_ORDER) {
				int n = PlanFigures.countByStatus(latest, s);
				if (n == 0 && s == ResultStatus.CANNOT_DO) {
					continue; // the official count lines print this line only when non-zero
				}
				h.open("tr", "class", "st-" + s.getLiteral());
				h.el("th", l.text("status." + s.getLiteral()), "scope", "row");
				h.el("td", l.num(n), "class", "num");
				h.close("tr");
			}
			h.close("tbody");
			h.open("tfoot").open("tr");
			h.el("th", l.text("results.total"), "scope", "row");
			h.el("td", l.num(latest.getResults().size()), "class", "num");
			h.close("tr").close("tfoot");
			h.close("table");
			BahtFormat cents = BahtFormat.withDecimals(l.digits());
			BigDecimal budget = BigDecimal.ZERO;
			for (ProjectResult r : latest.getResults()) {
				if (r.getProject() != null) {
					budget = budget.add(PlanFigures.budgetIn(r.getProject(), latest.getFiscalYear()));
				}
			}
			h.el("p", l.text("results.disbursed", cents.format(PlanFigures.totalDisbursed(latest)),
					cents.format(budget)));
		}

		// the documents the ITA asks for
		h.el("h3", l.text("docs.heading"));
		h.open("ul", "class", "docs");
		if (ps.planDoc() != null) {
			docLink(l, h, ps.planDoc());
		}
		if (ps.sheetsDoc() != null) {
			docLink(l, h, ps.sheetsDoc());
		}
		if (plan.getResultsRounds().isEmpty()) {
			h.el("li", l.text("docs.noResults"), "class", "missing");
		} else {
			for (int y : ys) {
				boolean any = false;
				for (RoundKind k : RoundKind.VALUES) {
					any |= PlanFigures.findRound(plan, y, k) != null;
				}
				if (!any) {
					continue;
				}
				for (RoundKind k : List.of(RoundKind.SIX_MONTHS, RoundKind.TWELVE_MONTHS)) {
					ResultsRound r = PlanFigures.findRound(plan, y, k);
					SiteDocument doc = r == null ? null : ps.resultDocs().get(r);
					if (doc == null) {
						h.el("li", l.text("docs.notYet", l.num(k.getValue()), l.num(y)), "class", "missing");
					} else {
						docLink(l, h, doc);
					}
				}
			}
		}
		h.el("li", l.text("docs.spreadsheet"), "class", "missing");
		h.close("ul");
		h.close("section");
	}

	private static void docLink(SiteLanguage l, Html h, SiteDocument d) {
		h.open("li").el("a", l == SiteLanguage.THAI ? d.titleTh() : d.titleEn(), "href", l.toRoot() + d.path(),
				"type", "application/pdf").close("li");
	}

	static ResultsRound latestRound(Plan plan) {
		ResultsRound best = null;
		for (ResultsRound r : plan.getResultsRounds()) {
			if (best == null || r.getFiscalYear() > best.getFiscalYear() || r.getFiscalYear() == best.getFiscalYear()
					&& r.getRound().getValue() > best.getRound().getValue()) {
				best = r;
			}
		}
		return best;
	}

	private static String roundName(SiteLanguage l, ResultsRound r) {
		return l.text("results.round", l.num(r.getRound().getValue()), l.num(r.getFiscalYear()));
	}

	private static String dimensionLabel(SiteLanguage l, Dimension d) {
		String name = nz(d.getName());
		return name.isEmpty() ? l.text("dimension.short", l.num(PlanFigures.number(d)))
				: l.text("dimension.title", l.num(PlanFigures.number(d)), name);
	}

	// ---- search ---------------------------------------------------------------------------------------------

	private void search(SiteLanguage l) {
		String title = l.text("search.heading");
		page(l, "search.html", title + " · " + organization, l.text("search.description", organization),
				List.<String[]>of(new String[] { l.text("nav.home"), "index.html" }, new String[] { title, null }),
				h -> {
					h.el("h1", title);
					h.el("p", "", "id", "search-status", "role", "status", "data-none", l.text("search.none"),
							"data-count", l.text("search.count", "{0}"), "data-digits", l.digits().name());
					h.open("ul", "id", "search-results", "class", "results").close("ul");
					h.open("noscript").el("p", l.text("search.noscript")).close("noscript");
				});
	}

	/** The search index: one entry per project (name, unit, plan, page). Plain JSON assigned to a global. */
	String searchIndex() {
		StringBuilder sb = new StringBuilder("window.SUJARIT_SEARCH = [\n");
		boolean first = true;
		for (PlanSite ps : plans) {
			String planLabel = nz(ps.plan().getTitle());
			for (Project p : ps.plan().getAllProjects()) {
				if (!first) {
					sb.append(",\n");
				}
				first = false;
				OrganizationUnit u = p.getResponsibleUnit();
				sb.append("{\"n\":").append(json(nz(p.getName())));
				sb.append(",\"e\":").append(json(nz(p.getNameEn())));
				sb.append(",\"u\":").append(json(u == null ? "" : PlanFigures.fullName(u)));
				sb.append(",\"s\":").append(json(u == null ? "" : shortUnit(u)));
				sb.append(",\"p\":").append(json(planLabel));
				sb.append(",\"h\":").append(json(projectPage(ps, p))).append('}');
			}
		}
		return sb.append("\n];\n").toString();
	}

	static String json(String s) {
		StringBuilder sb = new StringBuilder("\"");
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '<' -> sb.append("\\u003c"); // never "</script>" in a script
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.append('"').toString();
	}

	// ---- dimension ------------------------------------------------------------------------------------------

	private void dimension(SiteLanguage l, PlanSite ps, Dimension d) {
		Plan plan = ps.plan();
		String label = dimensionLabel(l, d);
		List<Project> projects = PlanFigures.allProjects(d);
		page(l, dimensionPage(ps, d), label + " · " + planHeading(l, ps),
				l.text("dimension.description", l.num(PlanFigures.number(d)), nz(plan.getTitle()),
						l.num(projects.size())),
				List.of(new String[] { l.text("nav.home"), "index.html" },
						new String[] { planHeading(l, ps), "index.html#" + ps.slug() }, new String[] { label, null }),
				h -> {
					h.el("h1", label);
					h.el("p", planHeading(l, ps), "class", "lead");
					if (!d.getProjects().isEmpty()) {
						projectTable(l, h, ps, label, d.getProjects(), 2);
					}
					for (Mission m : d.getMissions()) {
						String ml = (nz(m.getCode()) + " " + nz(m.getName())).trim();
						h.el("h2", l.digits(ml));
						List<Project> mp = PlanFigures.allProjects(m);
						if (!mp.isEmpty()) {
							projectTable(l, h, ps, l.text("mission.caption", l.digits(ml)), mp, 3);
						}
					}
				});
	}

	private void projectTable(SiteLanguage l, Html h, PlanSite ps, String caption, List<Project> projects,
			int level) {
		List<Integer> ys = ps.plan().getFiscalYears();
		BahtFormat baht = BahtFormat.whole(l.digits());
		h.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label", caption);
		h.open("table", "class", "projects");
		h.el("caption", caption);
		h.open("thead").open("tr");
		h.el("th", l.text("col.seq"), "scope", "col");
		h.el("th", l.text("col.project"), "scope", "col");
		for (int y : ys) {
			h.el("th", l.text("col.yearShort", l.num(y)), "scope", "col");
		}
		h.el("th", l.text("col.unit"), "scope", "col");
		h.el("th", l.text("col.quarters"), "scope", "col");
		h.close("tr").close("thead");
		h.open("tbody");
		for (Project p : projects) {
			h.open("tr");
			h.el("td", l.num(p.getSeq()), "class", "num");
			h.open("th", "scope", "row").el("a", nz(p.getName()), "href", projectPage(ps, p), "lang", "th")
					.close("th");
			for (int y : ys) {
				YearBudget b = PlanFigures.findBudget(p, y);
				h.el("td", b == null ? "" : b.isNoBudget() ? l.text("noBudget") : baht.format(b.getAmount()), "class",
						"num");
			}
			OrganizationUnit u = p.getResponsibleUnit();
			h.el("td", u == null ? "" : shortUnit(u), "lang", "th");
			h.el("td", quarters(l, p));
			h.close("tr");
		}
		h.close("tbody");
		h.open("tfoot").open("tr");
		h.el("td", "");
		h.el("th", l.text("totalRow") + " " + l.num(projects.size()), "scope", "row");
		for (int y : ys) {
			h.el("td", baht.format(PlanFigures.totalBudget(projects, y)), "class", "num");
		}
		h.el("td", "");
		h.el("td", "");
		h.close("tr").close("tfoot");
		h.close("table");
		h.close("div");
	}

	private static String shortUnit(OrganizationUnit u) {
		OrganizationUnit top = PlanFigures.topUnit(u);
		String s = nz(top.getShortName());
		return s.isEmpty() ? nz(top.getName()) : s;
	}

	private static String quarters(SiteLanguage l, Project p) {
		StringBuilder sb = new StringBuilder();
		for (Integer q : p.getQuarters()) {
			if (sb.length() > 0) {
				sb.append(", ");
			}
			sb.append(l.num(q));
		}
		return sb.toString();
	}

	// ---- project --------------------------------------------------------------------------------------------

	private void project(SiteLanguage l, PlanSite ps, Project p) {
		Plan plan = ps.plan();
		Dimension d = PlanFigures.dimensionOf(p);
		String title = l.text("project.title", l.num(p.getSeq()), nz(p.getName()));
		List<String[]> crumbs = new ArrayList<>();
		crumbs.add(new String[] { l.text("nav.home"), "index.html" });
		crumbs.add(new String[] { planHeading(l, ps), "index.html#" + ps.slug() });
		if (d != null) {
			crumbs.add(new String[] { dimensionLabel(l, d), dimensionPage(ps, d) });
		}
		crumbs.add(new String[] { l.text("project.title", l.num(p.getSeq()), ""), null });
		page(l, projectPage(ps, p), title + " · " + organization,
				l.text("project.description", nz(p.getName()), l.num(p.getSeq()), nz(plan.getTitle())), crumbs, h -> {
					h.open("h1");
					h.text(l.text("project.title", l.num(p.getSeq()), ""));
					h.el("span", nz(p.getName()), "lang", "th");
					h.close("h1");
					h.open("dl", "class", "facts");
					fact(l, h, "project.nameEn", nz(p.getNameEn()), "en");
					fact(l, h, "project.ordinance", nz(p.getOrdinanceName()), "th");
					if (d != null) {
						fact(l, h, "project.dimension", dimensionLabel(l, d), null);
					}
					Mission m = PlanFigures.missionOf(p);
					if (m != null) {
						fact(l, h, "project.mission", l.digits(nz(m.getCode()) + " " + nz(m.getName())).trim(), "th");
					}
					SubMission s = PlanFigures.subMissionOf(p);
					if (s != null) {
						fact(l, h, "project.subMission", l.digits(nz(s.getCode()) + " " + nz(s.getName())).trim(),
								"th");
					}
					OrganizationUnit u = p.getResponsibleUnit();
					fact(l, h, "project.unit", u == null ? "" : PlanFigures.fullName(u), "th");
					List<String> sup = new ArrayList<>();
					for (OrganizationUnit su : p.getSupportingUnits()) {
						sup.add(PlanFigures.fullName(su));
					}
					fact(l, h, "project.supporting", String.join(", ", sup), "th");
					fact(l, h, "project.period", l.digits(nz(p.getPeriod())), "th");
					fact(l, h, "project.quarters", quarters(l, p), null);
					h.close("dl");

					section(l, h, "project.rationale");
					if (nz(p.getRationale()).isEmpty()) {
						none(l, h);
					} else {
						for (String para : nz(p.getRationale()).split("\n+")) {
							h.el("p", para, "lang", "th");
						}
					}
					section(l, h, "project.objectives");
					list(l, h, p.getObjectives());
					section(l, h, "project.target");
					String tg = targetGroup(l, p.getTargetGroup());
					if (tg.isEmpty()) {
						none(l, h);
					} else {
						h.el("p", tg, "lang", "th");
					}
					section(l, h, "project.methods");
					list(l, h, p.getMethods());
					section(l, h, "project.budget");
					budgetTable(l, h, plan, p);
					section(l, h, "project.indicators");
					indicators(l, h, p);
					section(l, h, "project.results");
					results(l, h, plan, p);
					if (!nz(p.getRemark()).isEmpty() || !nz(p.getRemarkDetail()).isEmpty()) {
						section(l, h, "project.remark");
						h.el("p", nz(p.getRemarkDetail()).isEmpty() ? nz(p.getRemark()) : nz(p.getRemarkDetail()),
								"lang", "th");
					}
				});
	}

	private static void section(SiteLanguage l, Html h, String key) {
		h.el("h2", l.text(key));
	}

	private static void none(SiteLanguage l, Html h) {
		h.el("p", l.text("project.none"), "class", "none");
	}

	private static void fact(SiteLanguage l, Html h, String key, String value, String lang) {
		if (value == null || value.isBlank()) {
			return;
		}
		h.el("dt", l.text(key));
		h.el("dd", value, "lang", lang);
	}

	private static void list(SiteLanguage l, Html h, List<String> items) {
		if (items.isEmpty()) {
			none(l, h);
			return;
		}
		h.open("ol", "lang", "th");
		for (String s : items) {
			h.el("li", s);
		}
		h.close("ol");
	}

	private static String targetGroup(SiteLanguage l, TargetGroup tg) {
		if (tg == null) {
			return "";
		}
		String text = nz(tg.getText());
		if (tg.getCount() != null && !text.contains("จำนวน")) {
			text = (text + " จำนวน " + tg.getCount() + " " + nz(tg.getUnit())).trim();
		}
		return l.digits(text);
	}

	private static void budgetTable(SiteLanguage l, Html h, Plan plan, Project p) {
		BahtFormat baht = BahtFormat.whole(l.digits());
		h.open("table", "class", "figures narrow");
		h.el("caption", l.text("project.budgetCaption"));
		h.open("thead").open("tr");
		h.el("th", l.text("col.year"), "scope", "col");
		h.el("th", l.text("col.budget"), "scope", "col");
		h.close("tr").close("thead");
		h.open("tbody");
		for (int y : plan.getFiscalYears()) {
			YearBudget b = PlanFigures.findBudget(p, y);
			h.open("tr");
			h.el("th", l.num(y), "scope", "row");
			h.el("td", b == null || b.isNoBudget() ? l.text("noBudget") : baht.format(b.getAmount()), "class", "num");
			h.close("tr");
		}
		h.close("tbody");
		h.close("table");
	}

	private static void indicators(SiteLanguage l, Html h, Project p) {
		if (p.getIndicators().isEmpty()) {
			none(l, h);
			return;
		}
		h.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
				l.text("project.indicatorsCaption"));
		h.open("table", "class", "figures");
		h.el("caption", l.text("project.indicatorsCaption"));
		h.open("thead").open("tr");
		h.el("th", l.text("col.kind"), "scope", "col");
		h.el("th", l.text("col.indicator"), "scope", "col");
		h.el("th", l.text("col.target"), "scope", "col");
		h.close("tr").close("thead");
		h.open("tbody");
		for (IndicatorKind k : List.of(IndicatorKind.OUTPUT, IndicatorKind.OUTCOME)) {
			for (Indicator i : PlanFigures.indicators(p, k)) {
				h.open("tr");
				h.el("th", l.text("indicator." + k.getLiteral()), "scope", "row");
				String text = nz(i.getText());
				if (!nz(i.getMeasuredBy()).isEmpty()) {
					text += " (" + nz(i.getMeasuredBy()) + ")";
				}
				h.el("td", l.digits(text), "lang", "th");
				h.el("td", target(l, i), "lang", "th");
				h.close("tr");
			}
		}
		h.close("tbody");
		h.close("table");
		h.close("div");
	}

	static String target(SiteLanguage l, Indicator i) {
		if (i.getTargetValue() == null) {
			return "";
		}
		String value = l.digits(i.getTargetValue().stripTrailingZeros().toPlainString());
		String unit = nz(i.getTargetUnit());
		if ("ร้อยละ".equals(unit)) { // Thai puts "ร้อยละ" before the figure
			value = unit + " " + value;
			unit = "";
		}
		String cmp = i.getComparator() == null ? "none" : i.getComparator().getLiteral();
		String per = i.getPer() == null ? "none" : i.getPer().getLiteral();
		return (l.text("cmp." + cmp, value, unit).replaceAll("\\s+", " ").trim() + l.text("per." + per)).trim();
	}

	private static void results(SiteLanguage l, Html h, Plan plan, Project p) {
		List<ResultsRound> rounds = new ArrayList<>();
		for (ResultsRound r : plan.getResultsRounds()) {
			if (PlanFigures.resultFor(r, p) != null) {
				rounds.add(r);
			}
		}
		if (rounds.isEmpty()) {
			h.el("p", l.text("project.noResults"), "class", "none");
			return;
		}
		BahtFormat cents = BahtFormat.withDecimals(l.digits());
		h.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
				l.text("project.resultsCaption"));
		h.open("table", "class", "figures");
		h.el("caption", l.text("project.resultsCaption"));
		h.open("thead").open("tr");
		h.el("th", l.text("col.round"), "scope", "col");
		h.el("th", l.text("col.status"), "scope", "col");
		h.el("th", l.text("col.budget"), "scope", "col");
		h.el("th", l.text("col.disbursed"), "scope", "col");
		h.el("th", l.text("col.remark"), "scope", "col");
		h.close("tr").close("thead");
		h.open("tbody");
		for (ResultsRound r : rounds) {
			ProjectResult pr = PlanFigures.resultFor(r, p);
			h.open("tr");
			h.el("th", roundName(l, r), "scope", "row");
			h.el("td", pr.getStatus() == null ? "" : l.text("status." + pr.getStatus().getLiteral()), "class",
					pr.getStatus() == null ? null : "st-" + pr.getStatus().getLiteral());
			h.el("td", cents.format(PlanFigures.budgetIn(p, r.getFiscalYear())), "class", "num");
			h.el("td", cents.format(pr.getDisbursed()), "class", "num");
			StringBuilder remark = new StringBuilder(nz(pr.getRemark()));
			for (IndicatorResult ir : pr.getIndicatorResults()) {
				if (remark.length() > 0) {
					remark.append('\n');
				}
				remark.append(ir.getIndicator() == null ? "" : nz(ir.getIndicator().getText()) + ": ");
				if (ir.getActualValue() != null) {
					remark.append(ir.getActualValue().stripTrailingZeros().toPlainString()).append(' ');
				}
				remark.append(nz(ir.getNote()));
			}
			h.open("td", "lang", "th").lines(l.digits(remark.toString().trim())).close("td");
			h.close("tr");
		}
		h.close("tbody");
		h.close("table");
		h.close("div");
	}

	static String nz(String s) {
		return s == null ? "" : s.trim();
	}
}
