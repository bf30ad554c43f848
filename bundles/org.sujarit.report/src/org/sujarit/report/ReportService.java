package org.sujarit.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.Plan;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.report.birt.BirtInput;
import org.sujarit.report.birt.Charts;
import org.sujarit.report.birt.SummaryDesign;
import org.sujarit.report.data.ReportData;
import org.sujarit.report.data.ResultsTable;
import org.sujarit.report.data.SummaryTable;
import org.sujarit.report.internal.BirtEngine;
import org.sujarit.thai.DigitStyle;

import com.ibm.icu.util.ULocale;

/**
 * Prints Sujarit's official tables with BIRT: {@link #render} collects the figures from the model (its derived
 * operations), hands them to the table's design (shipped in this bundle under reports/) and writes PDF or HTML. One
 * BIRT engine serves the whole process; it starts on the first render.
 */
public final class ReportService {

	private static final ReportService DEFAULT = new ReportService();

	private ReportService() {
	}

	public static ReportService getDefault() {
		return DEFAULT;
	}

	/** True when this runtime has an emitter for the format. */
	public boolean isSupported(ReportFormat format) {
		try {
			return BirtEngine.get().supportedFormats().contains(format.birtFormat());
		} catch (Exception e) {
			return false;
		}
	}

	/** The formats this runtime can write. */
	public List<ReportFormat> supportedFormats() {
		List<ReportFormat> list = new ArrayList<>();
		for (ReportFormat f : ReportFormat.values()) {
			if (isSupported(f)) {
				list.add(f);
			}
		}
		return list;
	}

	/** Starts the engine now (it otherwise starts on the first render). */
	public void warmUp() throws ReportException {
		engine();
	}

	/**
	 * Renders one table of the plan.
	 *
	 * @throws ReportException with a one-line localized message: year outside the plan, no such results round,
	 *                         format not available, or the engine failed
	 */
	public void render(Plan plan, ReportRequest request, OutputStream out, IProgressMonitor monitor)
			throws ReportException {
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
				NLS.bind(Messages.TaskRendering, request.table().id()), 10);
		sub.subTask(Messages.TaskPreparing);
		DigitStyle digits = request.digits();
		BirtInput input = prepare(plan, request);
		sub.worked(2);
		if (sub.isCanceled()) {
			throw new OperationCanceledException();
		}
		BirtEngine engine = engine();
		if (!engine.supportedFormats().contains(request.format().birtFormat())) {
			throw new ReportException(NLS.bind(Messages.FormatNotSupported, request.format().id(),
					String.join(", ", supportedIds())));
		}
		sub.worked(1);
		try {
			int years = plan.getFiscalYears().size();
			List<Throwable> errors = request.table() == ReportTable.SUMMARY
					? engine.render(design(request.table()), "years=" + years,
							d -> SummaryDesign.expandYears(d, years), input.toAppContext(), locale(digits),
							request.format().birtFormat(), out)
					: engine.render(design(request.table()), input.toAppContext(), locale(digits),
							request.format().birtFormat(), out);
			if (!errors.isEmpty()) {
				throw new ReportException(NLS.bind(Messages.RenderFailed, request.table().id(),
						errors.get(0).getLocalizedMessage()), errors.get(0));
			}
		} catch (ReportException e) {
			throw e;
		} catch (Exception e) {
			throw new ReportException(NLS.bind(Messages.RenderFailed, request.table().id(), e.getLocalizedMessage()),
					e);
		}
		sub.worked(7);
	}

	/**
	 * The typed rows of a request (checked against the plan: years, results rounds) as the designs read them, with
	 * the chart: SVG for PDF and HTML, a raster for DOCX (its emitter takes no SVG).
	 */
	public BirtInput prepare(Plan plan, ReportRequest request) throws ReportException {
		DigitStyle digits = request.digits();
		boolean vector = request.format() != ReportFormat.DOCX;
		return switch (request.table()) {
		case SUMMARY -> {
			SummaryTable t = ReportData.summary(plan);
			BirtInput in = BirtInput.summary(t);
			Charts.budget(in, t, digits, vector);
			yield in;
		}
		case ANNUAL -> BirtInput.annual(ReportData.annual(plan, year(plan, request.fiscalYear())));
		case RESULTS -> {
			ResultsTable t = ReportData.results(plan, round(plan, request));
			BirtInput in = BirtInput.results(t);
			Charts.status(in, t, digits, vector);
			yield in;
		}
		case SHEETS -> BirtInput.sheets(ReportData.sheets(plan));
		};
	}

	private static int year(Plan plan, Integer requested) throws ReportException {
		if (requested == null) {
			return plan.getFirstYear();
		}
		if (requested < plan.getFirstYear() || requested > plan.getLastYear()) {
			throw new ReportException(
					NLS.bind(Messages.YearOutsidePlan, new Object[] { String.valueOf(requested),
							String.valueOf(plan.getFirstYear()), String.valueOf(plan.getLastYear()) }));
		}
		return requested;
	}

	/** The requested round; without year / round the latest year's 12-month round, else its 6-month round. */
	static ResultsRound round(Plan plan, ReportRequest request) throws ReportException {
		Integer year = request.fiscalYear();
		if (year != null) {
			year(plan, year);
		}
		RoundKind kind = request.round();
		ResultsRound best = null;
		for (ResultsRound r : plan.getResultsRounds()) {
			if ((year == null || r.getFiscalYear() == year) && (kind == null || r.getRound() == kind)) {
				if (best == null || r.getFiscalYear() > best.getFiscalYear()
						|| r.getFiscalYear() == best.getFiscalYear()
								&& r.getRound().getValue() > best.getRound().getValue()) {
					best = r;
				}
			}
		}
		if (best == null) {
			if (year == null && kind == null) {
				throw new ReportException(Messages.NoResultsAtAll);
			}
			throw new ReportException(NLS.bind(Messages.NoResultsRound,
					year == null ? "-" : String.valueOf(year), kind == null ? "6/12" : String.valueOf(kind.getValue())));
		}
		return best;
	}

	private static String design(ReportTable table) {
		return "reports/" + table.id() + ".rptdesign";
	}

	/** Thai locale; its numbering system decides the digits BIRT itself prints (page numbers). */
	static ULocale locale(DigitStyle digits) {
		return digits.numberLocale();
	}

	private List<String> supportedIds() {
		List<String> ids = new ArrayList<>();
		for (ReportFormat f : supportedFormats()) {
			ids.add(f.id());
		}
		return ids;
	}

	private static BirtEngine engine() throws ReportException {
		try {
			return BirtEngine.get();
		} catch (Exception | LinkageError e) {
			throw new ReportException(NLS.bind(Messages.EngineFailed, e.getLocalizedMessage()), e);
		}
	}

	/** Stops the engine; for applications that want to free its memory. */
	public void shutdown() {
		BirtEngine.shutdown();
	}

	/** For the I/O-minded caller: renders into a byte array. */
	public byte[] renderToBytes(Plan plan, ReportRequest request, IProgressMonitor monitor) throws ReportException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
		render(plan, request, out, monitor);
		return out.toByteArray();
	}
}
