package org.sujarit.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ResultsRound;
import org.sujarit.publish.SitePages.PlanSite;
import org.sujarit.core.io.AtomicFiles;
import org.sujarit.core.problem.SujaritException;
import org.sujarit.report.ReportException;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.report.internal.ThaiFonts;
import org.sujarit.thai.DigitStyle;

/**
 * Publishes plans as a static, self-contained website (issue 13): pages in Thai and English, the official tables as
 * PDF (rendered by {@link ReportService}), the Thai web font with its licence, a search index and a sitemap.
 * <p>
 * The site is built in a temporary sibling folder and swapped in whole ({@link AtomicFiles#replaceFolder}); a failure leaves the
 * existing site as it was. Files whose bytes did not change are carried over as hard links (same inode, same
 * modification time), so mirrors and uploads see only what changed; PDFs are re-rendered only when their plan or
 * request changed (fingerprints in {@value #MARKER}).
 */
public final class SitePublisher {

	/** The marker file that says "this folder is a Sujarit site" and keeps the documents' fingerprints. */
	public static final String MARKER = ".sujarit-site";
	private static final String FORMAT = "1";

	/** What a publish did. */
	public record Result(Path folder, int files, int written, int unchanged, int removed, long millis) {
		public String message(Locale locale) {
			return PublishProblem.CATALOG.format(locale, "publish.done", folder.toString(), files, written, unchanged,
					removed, millis);
		}
	}

	private SitePublisher() {
	}

	/**
	 * @param plans   the plans, first one's organization names the site
	 * @param sources further documents (meeting packs); may be empty
	 * @param out     the site folder (created, or replaced if it is a Sujarit site)
	 * @param baseUrl the public address of the site for sitemap.xml (e.g. {@code https://www.example.go.th/ita/}),
	 *                or {@code null}: the sitemap then lists paths relative to the site
	 */
	public static Result publish(List<Plan> plans, List<DocumentSource> sources, Path out, String baseUrl,
			IProgressMonitor monitor) throws PublishException {
		long t0 = System.nanoTime();
		if (plans == null || plans.isEmpty()) {
			throw new PublishException(PublishProblem.NO_PLANS, null);
		}
		checkTarget(out);
		Properties old = oldFingerprints(out);
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
				PublishProblem.CATALOG.local("publish.task"), 100);
		try {
			// 1. documents: the official tables of each plan as PDF (re-used when the fingerprint is unchanged)
			List<PlanSite> sites = new ArrayList<>();
			Map<String, String> fingerprints = new TreeMap<>();
			Set<String> slugs = new HashSet<>();
			SubMonitor docs = sub.split(70).setWorkRemaining(plans.size());
			for (Plan plan : plans) {
				String slug = slug(plan, slugs);
				sites.add(documents(plan, slug, out, old, fingerprints, docs.split(1)));
			}
			List<SiteDocument> meetings = new ArrayList<>();
			for (DocumentSource s : sources == null ? List.<DocumentSource>of() : sources) {
				for (SiteDocument d : s.documents(sub.split(1))) {
					// a contributed document stays inside meetings/ of the site
					if (!d.path().matches("meetings/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || d.path().contains("..")) {
						throw new PublishException(PublishProblem.WRITE_FAILED, null, out.toString(), d.path());
					}
					meetings.add(d);
				}
			}
			checkCancelled(sub);

			// 2. pages and assets
			sub.subTask(PublishProblem.CATALOG.local("publish.task.pages"));
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (PlanSite ps : sites) {
				put(files, ps.planDoc());
				put(files, ps.sheetsDoc());
				for (SiteDocument d : ps.resultDocs().values()) {
					put(files, d);
				}
			}
			for (SiteDocument d : meetings) {
				put(files, d);
			}
			SitePages pages = new SitePages(sites, meetings);
			files.putAll(pages.write());
			files.put("assets/search-index.js", pages.searchIndex().getBytes(StandardCharsets.UTF_8));
			for (String asset : List.of("site.css", "search.js", "icon.svg", "fonts/LICENSE-Laksaman.txt",
					"fonts/GPL-2.txt")) {
				files.put("assets/" + asset, resource("/site/" + asset));
			}
			fonts(files);
			files.put("sitemap.xml", sitemap(pages.pagePaths(), baseUrl));
			StringBuilder marker = new StringBuilder("# Sujarit website: fingerprints of the rendered documents\n");
			marker.append("format=").append(FORMAT).append('\n');
			fingerprints.forEach((k, v) -> marker.append("doc.").append(k).append('=').append(v).append('\n'));
			files.put(MARKER, marker.toString().getBytes(StandardCharsets.UTF_8));
			sub.worked(10);
			checkCancelled(sub);

			// 3. write beside the old site, then swap
			sub.subTask(PublishProblem.CATALOG.local("publish.task.swap"));
			int[] counts = new int[3]; // written, unchanged, removed
			Path target = out.toAbsolutePath().normalize();
			AtomicFiles.replaceFolder(out, temp -> {
				for (Map.Entry<String, byte[]> e : files.entrySet()) {
					Path f = temp.resolve(e.getKey());
					Files.createDirectories(f.getParent());
					Path before = target.resolve(e.getKey());
					if (sameContent(before, e.getValue())) {
						try {
							Files.createLink(f, before);
						} catch (IOException | UnsupportedOperationException notLinkable) {
							Files.copy(before, f, StandardCopyOption.COPY_ATTRIBUTES);
						}
						counts[1]++;
					} else {
						Files.write(f, e.getValue(), StandardOpenOption.CREATE_NEW); // synced by replaceFolder
						counts[0]++;
					}
				}
				counts[2] = removed(target, files.keySet());
				checkCancelled(sub);
			});
			sub.worked(20);
			return new Result(out, files.size(), counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1_000_000);
		} catch (PublishException e) {
			throw e;
		} catch (OperationCanceledException e) {
			throw new PublishException(PublishProblem.CANCELLED, e);
		} catch (SujaritException e) {
			// AtomicFiles' reason (folder read-only, disk full, ...) in one line
			throw new PublishException(PublishProblem.WRITE_FAILED, e, out.toString(), e.getLocalizedMessage());
		} catch (Exception e) {
			throw new PublishException(PublishProblem.WRITE_FAILED, e, out.toString(), String.valueOf(e.getMessage()));
		}
	}

	// ---- checks ---------------------------------------------------------------------------------------------

	/** Refuses, before anything is written: a file, a missing parent, a foreign non-empty folder. */
	public static void checkTarget(Path out) throws PublishException {
		Path abs = out.toAbsolutePath().normalize();
		if (Files.exists(abs) && !Files.isDirectory(abs)) {
			throw new PublishException(PublishProblem.OUT_IS_FILE, null, out.toString());
		}
		if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
			throw new PublishException(PublishProblem.OUT_PARENT_MISSING, null, out.toString());
		}
		if (Files.isDirectory(out) && !Files.isRegularFile(out.resolve(MARKER))) {
			try (Stream<Path> s = Files.list(out)) {
				if (s.findAny().isPresent()) {
					throw new PublishException(PublishProblem.OUT_NOT_SITE, null, out.toString());
				}
			} catch (IOException e) {
				throw new PublishException(PublishProblem.WRITE_FAILED, e, out.toString(), String.valueOf(e.getMessage()));
			}
		}
	}

	private static void checkCancelled(IProgressMonitor m) throws PublishException {
		if (m.isCanceled()) {
			throw new PublishException(PublishProblem.CANCELLED, null);
		}
	}

	// ---- documents ------------------------------------------------------------------------------------------

	/** "plan-2566-2570", "plan-2565"; a second plan of the same years gets "-2". */
	static String slug(Plan plan, Set<String> taken) {
		String base = "plan-" + (plan.getFirstYear() == plan.getLastYear() ? String.valueOf(plan.getFirstYear())
				: plan.getFirstYear() + "-" + plan.getLastYear());
		String s = base;
		for (int i = 2; !taken.add(s); i++) {
			s = base + "-" + i;
		}
		return s;
	}

	private static PlanSite documents(Plan plan, String slug, Path out, Properties old,
			Map<String, String> fingerprints, SubMonitor monitor) throws PublishException {
		String planHash = planFingerprint(plan);
		SiteLanguage th = SiteLanguage.THAI;
		SiteLanguage en = SiteLanguage.ENGLISH;
		String spanTh = span(plan, th);
		String spanEn = span(plan, en);
		List<ResultsRound> rounds = plan.getResultsRounds();
		boolean sheets = false;
		for (Project p : plan.getAllProjects()) {
			sheets |= p.getRationale() != null && !p.getRationale().isBlank() || !p.getObjectives().isEmpty();
		}
		monitor.setWorkRemaining(1 + (sheets ? 1 : 0) + rounds.size());

		boolean multiYear = plan.getLastYear() > plan.getFirstYear();
		ReportRequest planRequest = ReportRequest.of(multiYear ? ReportTable.SUMMARY : ReportTable.ANNUAL,
				ReportFormat.PDF).withDigits(DigitStyle.THAI).withYear(multiYear ? null : plan.getFirstYear());
		String planPath = "docs/" + slug + "-plan.pdf";
		byte[] planPdf = document(plan, planRequest, planPath, planHash, out, old, fingerprints, monitor.split(1));
		SiteDocument planDoc = new SiteDocument(planPath, th.text("docs.plan", spanTh, size(th, planPdf)),
				en.text("docs.plan", spanEn, size(en, planPdf)), planPdf);

		SiteDocument sheetsDoc = null;
		if (sheets) {
			String path = "docs/" + slug + "-sheets.pdf";
			byte[] pdf = document(plan, ReportRequest.of(ReportTable.SHEETS, ReportFormat.PDF), path, planHash, out,
					old, fingerprints, monitor.split(1));
			sheetsDoc = new SiteDocument(path, th.text("docs.sheets", spanTh, size(th, pdf)),
					en.text("docs.sheets", spanEn, size(en, pdf)), pdf);
		}

		Map<ResultsRound, SiteDocument> resultDocs = new LinkedHashMap<>();
		for (ResultsRound r : rounds) {
			String path = "docs/" + slug + "-results-" + r.getFiscalYear() + "-" + r.getRound().getValue() + ".pdf";
			ReportRequest req = ReportRequest.of(ReportTable.RESULTS, ReportFormat.PDF).withYear(r.getFiscalYear())
					.withRound(r.getRound());
			byte[] pdf = document(plan, req, path, planHash, out, old, fingerprints, monitor.split(1));
			resultDocs.put(r, new SiteDocument(path,
					th.text("docs.results", th.num(r.getRound().getValue()), th.num(r.getFiscalYear()), size(th, pdf)),
					en.text("docs.results", en.num(r.getRound().getValue()), en.num(r.getFiscalYear()), size(en, pdf)),
					pdf));
		}
		return new PlanSite(plan, slug, planDoc, sheetsDoc, resultDocs);
	}

	private static String span(Plan plan, SiteLanguage l) {
		return plan.getFirstYear() == plan.getLastYear() ? l.num(plan.getFirstYear())
				: l.num(plan.getFirstYear()) + " - " + l.num(plan.getLastYear());
	}

	private static String size(SiteLanguage l, byte[] bytes) {
		return l.text("size.kb", l.num(Math.max(1, (bytes.length + 512) / 1024)));
	}

	/** The PDF of one request: the previous site's file when its fingerprint is unchanged, else a fresh render. */
	private static byte[] document(Plan plan, ReportRequest request, String path, String planHash, Path out,
			Properties old, Map<String, String> fingerprints, IProgressMonitor monitor) throws PublishException {
		String fp = sha256((planHash + "|" + request + "|" + reportVersion()).getBytes(StandardCharsets.UTF_8));
		fingerprints.put(path, fp);
		Path previous = out.resolve(path);
		if (fp.equals(old.getProperty("doc." + path)) && Files.isRegularFile(previous)) {
			try {
				return Files.readAllBytes(previous);
			} catch (IOException e) {
				// fall through: render it again
			}
		}
		SubMonitor.convert(monitor).subTask(PublishProblem.CATALOG.local("publish.task.document", path));
		try {
			return ReportService.getDefault().renderToBytes(plan, request, monitor);
		} catch (ReportException e) {
			throw new PublishException(PublishProblem.REPORT_FAILED, e, path, String.valueOf(e.getMessage()));
		}
	}

	/** The plan's content as XMI, hashed: any change of the plan changes its documents' fingerprints. */
	static String planFingerprint(Plan plan) throws PublishException {
		try {
			XMIResourceImpl r = new XMIResourceImpl(URI.createURI("sujarit:/fingerprint.sujarit"));
			r.getContents().add(EcoreUtil.copy(plan));
			ByteArrayOutputStream bos = new ByteArrayOutputStream(256 * 1024);
			r.save(bos, Map.of(XMIResourceImpl.OPTION_ENCODING, "UTF-8"));
			return sha256(bos.toByteArray());
		} catch (IOException e) {
			throw new PublishException(PublishProblem.WRITE_FAILED, e, "-", String.valueOf(e.getMessage()));
		}
	}

	private static String reportVersion() {
		var b = org.eclipse.core.runtime.Platform.getBundle("org.sujarit.report");
		return b == null ? "?" : b.getVersion().toString();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Properties oldFingerprints(Path out) {
		Properties p = new Properties();
		Path marker = out.resolve(MARKER);
		if (Files.isRegularFile(marker)) {
			try (InputStream in = Files.newInputStream(marker)) {
				p.load(in);
			} catch (IOException e) {
				// an unreadable marker only means every document is rendered again
			}
		}
		return p;
	}

	// ---- assets ---------------------------------------------------------------------------------------------

	private static void put(Map<String, byte[]> files, SiteDocument d) {
		if (d != null) {
			files.put(d.path(), d.bytes());
		}
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = SitePublisher.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("missing resource " + name);
			}
			return in.readAllBytes();
		}
	}

	/** TLWG Laksaman from the folder the reports embed it from (its licence files are in this bundle). */
	private static void fonts(Map<String, byte[]> files) throws IOException {
		Path dir = ThaiFonts.directory();
		for (String f : List.of("Laksaman.ttf", "Laksaman-Bold.ttf")) {
			Path p = dir.resolve(f);
			if (Files.isRegularFile(p)) {
				files.put("assets/fonts/" + f, Files.readAllBytes(p));
			}
		}
	}

	private static byte[] sitemap(List<String> pages, String baseUrl) {
		String base = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
		StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String p : pages) {
			sb.append("  <url><loc>").append(org.sujarit.publish.internal.Html.escape(base + p))
					.append("</loc></url>\n");
		}
		sb.append("</urlset>\n");
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	// ---- incremental writing --------------------------------------------------------------------------------

	private static boolean sameContent(Path file, byte[] bytes) throws IOException {
		if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
			return false;
		}
		return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
	}

	private static int removed(Path oldSite, Set<String> kept) throws IOException {
		if (!Files.isDirectory(oldSite)) {
			return 0;
		}
		int[] n = { 0 };
		try (Stream<Path> s = Files.walk(oldSite)) {
			s.filter(Files::isRegularFile).forEach(f -> {
				String rel = oldSite.relativize(f).toString().replace('\\', '/');
				if (!kept.contains(rel)) {
					n[0]++;
				}
			});
		}
		return n[0];
	}
}
