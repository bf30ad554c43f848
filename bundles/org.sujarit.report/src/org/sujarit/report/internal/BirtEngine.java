package org.sujarit.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.openpdf.text.pdf.LayoutProcessor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.ibm.icu.util.ULocale;

/**
 * The one BIRT report engine of the process, in OSGi mode: BIRT's bundles are ordinary bundles of the Equinox runtime
 * and BIRT finds its emitters and script engine through the extension registry (BIRT core's activator installs its
 * EclipsePlatform, so {@code Platform.startup} is a no-op). Designs are parsed once and kept.
 */
public final class BirtEngine {

	private static final String FONT_CONFIG = "fonts/fontsConfig.xml";
	private static BirtEngine instance;

	private final Bundle bundle;
	private final IReportEngine engine;
	private final Map<String, IReportRunnable> designs = new ConcurrentHashMap<>();

	private BirtEngine() throws BirtException, IOException {
		bundle = FrameworkUtil.getBundle(BirtEngine.class);
		// OpenPDF shapes Thai with the JDK's layout engine and writes glyph ids; without /ActualText spans the
		// shaped marks (tone marks moved left or down, SARA AM split in two) do not map back to their characters,
		// and pdftotext / copy-paste give "ป องกัน". With them every text run copies out as its logical string.
		LayoutProcessor.setWriteActualText();
		EngineConfig config = new EngineConfig();
		config.setLogConfig(null, Level.SEVERE);
		config.setFontConfig(fontConfig());
		// the designs' resource file is reports/official.properties of this bundle
		config.setResourceLocator(new BundleResourceLocator(bundle, "reports/"));
		Platform.startup(config);
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		if (factory == null) {
			throw new IllegalStateException("BIRT report engine factory not found in the extension registry");
		}
		engine = factory.createReportEngine(config);
	}

	/** The process-wide engine, started on first use. */
	public static synchronized BirtEngine get() throws BirtException, IOException {
		if (instance == null) {
			instance = new BirtEngine();
		}
		return instance;
	}

	/** Stops the engine (the next {@link #get()} starts a new one). */
	public static synchronized void shutdown() {
		if (instance != null) {
			instance.engine.destroy();
			instance = null;
		}
	}

	public List<String> supportedFormats() {
		return List.of(engine.getSupportedFormats());
	}

	/**
	 * Writes the font configuration with the Thai font folder filled in: BIRT's default configuration does not look
	 * into sub-folders of the system font folder and silently prints Thai in Times-Roman (no glyphs at all).
	 */
	private URL fontConfig() throws IOException {
		URL template = entry(FONT_CONFIG);
		String xml;
		try (InputStream in = template.openStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		xml = xml.replace("${thai.fonts.dir}", ThaiFonts.directory().toString());
		java.nio.file.Path tmp = java.nio.file.Files.createTempFile("sujarit-fonts", ".xml");
		tmp.toFile().deleteOnExit();
		java.nio.file.Files.writeString(tmp, xml);
		return tmp.toUri().toURL();
	}

	/** Changes a freshly parsed design before it is used (e.g. one column per year of the plan). */
	public interface Customizer {
		void customize(ReportDesignHandle design) throws BirtException;
	}

	private IReportRunnable design(String path, String variant, Customizer customizer)
			throws BirtException, IOException {
		String key = variant == null ? path : path + "#" + variant;
		IReportRunnable r = designs.get(key);
		if (r == null) {
			URL url = entry(path);
			try (InputStream in = url.openStream()) {
				r = engine.openReportDesign(url.toExternalForm(), in);
			}
			if (customizer != null) {
				ReportDesignHandle handle = (ReportDesignHandle) r.getDesignHandle();
				customizer.customize(handle);
				r = engine.openReportDesign(handle);
			}
			designs.put(key, r);
		}
		return r;
	}

	/**
	 * Runs and renders a design of this bundle.
	 *
	 * @return the engine's non-fatal errors (empty when all went well)
	 */
	public List<Throwable> render(String designPath, Map<String, Object> appContext, ULocale locale, String format,
			OutputStream out) throws BirtException, IOException {
		return render(designPath, null, null, appContext, locale, format, out);
	}

	/**
	 * Runs and renders a design of this bundle, customized: {@code variant} names the customized design in the cache
	 * (designs are parsed and customized once per variant).
	 *
	 * @return the engine's non-fatal errors (empty when all went well)
	 */
	public List<Throwable> render(String designPath, String variant, Customizer customizer,
			Map<String, Object> appContext, ULocale locale, String format, OutputStream out)
			throws BirtException, IOException {
		IRunAndRenderTask task = engine.createRunAndRenderTask(design(designPath, variant, customizer));
		try {
			task.setLocale(locale);
			@SuppressWarnings("unchecked")
			Map<String, Object> app = task.getAppContext();
			app.putAll(appContext);
			task.setRenderOption(renderOption(format, out));
			task.run();
			List<Throwable> errors = new ArrayList<>();
			for (Object e : task.getErrors()) {
				errors.add((Throwable) e);
			}
			return errors;
		} finally {
			task.close();
		}
	}

	private static IRenderOption renderOption(String format, OutputStream out) {
		RenderOption option;
		if ("pdf".equals(format)) {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setEmbededFont(true);
			option = pdf;
		} else if ("html".equals(format)) {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setHtmlPagination(false);
			html.setEnableInlineStyle(false);
			html.setImageHandler(new DataUriImageHandler());
			option = html;
		} else {
			option = new RenderOption();
		}
		option.setOutputFormat(format);
		option.setOutputStream(out);
		return option;
	}

	private URL entry(String path) {
		URL url = bundle.getEntry(path);
		if (url == null) {
			throw new IllegalArgumentException(path + " not found in bundle " + bundle.getSymbolicName());
		}
		return url;
	}
}
