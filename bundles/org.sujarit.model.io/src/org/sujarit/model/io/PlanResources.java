package org.sujarit.model.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving {@code .sujarit} plan files (XMI, UTF-8).
 * <ul>
 * <li>Loading refuses DOCTYPE declarations and external entities (XXE), keeps content this installation does not
 * know (a newer version's feature, a plug-in's extension) so that saving writes it back, and turns every failure into
 * a {@link PlanLoadException} naming the file and the problem in English and Thai.</li>
 * <li>Saving is atomic: the plan is written to a temporary file in the same folder, flushed and fsynced, then renamed
 * over the old file, so a crash or a full disk leaves the previous file intact. Missing project and unit ids are
 * assigned first, and the same plan always gives the same bytes (samples can be re-created and diffed).</li>
 * </ul>
 */
public final class PlanResources {

	/** The file extension of plan files, without the dot. */
	public static final String FILE_EXTENSION = "sujarit";

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private static final List<LoadOptionsContributor> CONTRIBUTORS = new CopyOnWriteArrayList<>();

	private PlanResources() {
	}

	// ------------------------------------------------------------------ options

	/**
	 * The options every plan is loaded with: the one place to change how plans are read. Contributors registered with
	 * {@link #addLoadOptionsContributor(LoadOptionsContributor)} may add to them; the secure parser features always
	 * win. Returns a fresh, mutable map.
	 */
	public static Map<Object, Object> defaultLoadOptions() {
		Map<Object, Object> options = new HashMap<>();
		// unknown attributes/elements are kept in the resource's extension map and written back on save
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		// recording unknown attributes needs extended metadata (EMF recurses without it); a fresh instance per call
		// keeps packages demanded for unknown namespaces out of any shared registry
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, new BasicExtendedMetaData());
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		for (LoadOptionsContributor contributor : CONTRIBUTORS) {
			contributor.contribute(options);
		}
		options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
		return options;
	}

	/** SAX features that refuse DOCTYPEs and never fetch external entities or DTDs. */
	public static Map<String, Boolean> secureParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	/** The options every plan is saved with (fresh, mutable map). */
	public static Map<Object, Object> defaultSaveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		// fixed line delimiter: same bytes on every platform
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		return options;
	}

	public static void addLoadOptionsContributor(LoadOptionsContributor contributor) {
		CONTRIBUTORS.add(contributor);
	}

	public static void removeLoadOptionsContributor(LoadOptionsContributor contributor) {
		CONTRIBUTORS.remove(contributor);
	}

	// ------------------------------------------------------------------ resource sets

	/**
	 * A resource set that reads and writes plans without OSGi (tests, command line) as well as inside Eclipse: the plan
	 * package and the {@code .sujarit} factory are registered locally.
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new PlanResourceFactory());
		return rs;
	}

	/**
	 * Registers the plan package and the {@code .sujarit} factory in EMF's global registries, for standalone code that
	 * uses plain resource sets. Under OSGi the plug-in registry does this already.
	 */
	public static void registerGlobally() {
		EPackage.Registry.INSTANCE.putIfAbsent(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(FILE_EXTENSION,
				new PlanResourceFactory());
	}

	// ------------------------------------------------------------------ loading

	/**
	 * Loads a plan file into {@code rs}. On failure nothing is left behind in the resource set.
	 *
	 * @return the loaded resource; its first content object is the {@link Plan}
	 */
	public static Resource load(ResourceSet rs, Path file) throws PlanLoadException {
		Path abs = file.toAbsolutePath().normalize();
		if (!Files.exists(abs)) {
			throw new PlanLoadException(PlanLoadException.Problem.NOT_FOUND, abs, -1, -1, Messages.LOAD_NOT_FOUND, null,
					abs);
		}
		try {
			if (Files.isDirectory(abs)) {
				throw new NoSuchFileException(abs.toString(), null, "is a folder");
			}
			if (Files.size(abs) == 0) {
				throw new PlanLoadException(PlanLoadException.Problem.EMPTY, abs, -1, -1, Messages.LOAD_EMPTY, null,
						abs);
			}
		} catch (IOException e) {
			throw unreadable(abs, e);
		}
		URI uri = URI.createFileURI(abs.toString());
		Resource resource = rs.getResource(uri, false);
		if (resource != null && resource.isLoaded()) {
			checkIsPlan(rs, resource, abs);
			return resource;
		}
		if (resource == null) {
			resource = new PlanResourceFactory().createResource(uri);
			rs.getResources().add(resource);
		}
		Map<Object, Object> options = new HashMap<>(rs.getLoadOptions());
		options.putAll(defaultLoadOptions());
		try (InputStream in = new BufferedInputStream(Files.newInputStream(abs), 1 << 16)) {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			discard(rs, resource);
			throw classify(abs, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			discard(rs, resource);
			throw classify(abs, first instanceof Throwable t ? t : new IOException(first.getMessage()));
		}
		checkIsPlan(rs, resource, abs);
		PlanBounds.Violation outOfBounds = PlanBounds.check((Plan) resource.getContents().get(0));
		if (outOfBounds != null) {
			discard(rs, resource);
			Object[] args = new Object[outOfBounds.args().length + 1];
			args[0] = abs;
			System.arraycopy(outOfBounds.args(), 0, args, 1, outOfBounds.args().length);
			throw new PlanLoadException(PlanLoadException.Problem.OUT_OF_BOUNDS, abs, -1, -1, outOfBounds.key(), null,
					args);
		}
		return resource;
	}

	/** Loads a plan file into a fresh resource set and returns the plan. */
	public static Plan loadPlan(Path file) throws PlanLoadException {
		return (Plan) load(newResourceSet(), file).getContents().get(0);
	}

	private static void checkIsPlan(ResourceSet rs, Resource resource, Path file) throws PlanLoadException {
		List<EObject> contents = resource.getContents();
		if (!contents.isEmpty() && contents.get(0) instanceof Plan) {
			return;
		}
		String what = contents.isEmpty() ? "-"
				: contents.get(0).eClass().getName() + " (" + contents.get(0).eClass().getEPackage().getNsURI() + ")";
		discard(rs, resource);
		throw new PlanLoadException(PlanLoadException.Problem.NOT_A_PLAN, file, -1, -1, Messages.LOAD_NOT_A_PLAN, null,
				file, what);
	}

	private static void discard(ResourceSet rs, Resource resource) {
		resource.unload();
		rs.getResources().remove(resource);
	}

	private static PlanLoadException unreadable(Path file, Throwable e) {
		return new PlanLoadException(PlanLoadException.Problem.UNREADABLE, file, -1, -1, Messages.LOAD_UNREADABLE, e,
				file, reason(e));
	}

	/** Turns whatever EMF or the parser threw into one clear problem. */
	static PlanLoadException classify(Path file, Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.io.CharConversionException) {
				PlanLoadException e = badEncoding(file, thrown);
				if (e != null) {
					return e;
				}
			}
			if (t instanceof SAXParseException spe) {
				String msg = String.valueOf(spe.getMessage());
				if (msg.contains("DOCTYPE") || msg.contains("disallow-doctype-decl")) {
					return new PlanLoadException(PlanLoadException.Problem.DOCTYPE_REFUSED, file, spe.getLineNumber(),
							spe.getColumnNumber(), Messages.LOAD_DOCTYPE, thrown, file);
				}
				return malformed(file, spe.getLineNumber(), spe.getColumnNumber(), msg, thrown);
			}
			if (t instanceof PackageNotFoundException pnf) {
				return new PlanLoadException(PlanLoadException.Problem.UNKNOWN_MODEL, file, pnf.getLine(),
						pnf.getColumn(), Messages.LOAD_UNKNOWN_MODEL, thrown, file, pnf.uri());
			}
			if (t instanceof Resource.Diagnostic d && !(t instanceof Resource.IOWrappedException)) {
				return malformed(file, d.getLine(), d.getColumn(), d.getMessage(), thrown);
			}
		}
		if (thrown instanceof FileSystemException || thrown instanceof AccessDeniedException) {
			return unreadable(file, thrown);
		}
		return malformed(file, -1, -1, reason(thrown), thrown);
	}

	/** A byte that is not UTF-8: the parser does not say where, so the file is scanned for it. */
	private static PlanLoadException badEncoding(Path file, Throwable cause) {
		try {
			Utf8Position p = Utf8Position.find(Files.readAllBytes(file));
			if (p == null) {
				return null;
			}
			return new PlanLoadException(PlanLoadException.Problem.MALFORMED, file, p.line(), p.column(),
					Messages.LOAD_BAD_ENCODING, cause, file, String.valueOf(p.line()), String.valueOf(p.column()),
					String.format("%02X", p.badByte()));
		} catch (IOException | OutOfMemoryError e) {
			return null;
		}
	}

	private static PlanLoadException malformed(Path file, int line, int column, String detail, Throwable cause) {
		if (line > 0) {
			return new PlanLoadException(PlanLoadException.Problem.MALFORMED, file, line, column,
					Messages.LOAD_MALFORMED, cause, file, String.valueOf(line), String.valueOf(column), detail);
		}
		return new PlanLoadException(PlanLoadException.Problem.MALFORMED, file, -1, -1,
				Messages.LOAD_MALFORMED_NO_POSITION, cause, file, detail);
	}

	private static String reason(Throwable e) {
		Throwable t = e;
		// EMF wraps the real cause; its own message is usually the cause's toString()
		while (t instanceof Resource.IOWrappedException && t.getCause() != null) {
			t = t.getCause();
		}
		String msg = t.getLocalizedMessage();
		return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
	}

	// ------------------------------------------------------------------ saving

	/**
	 * Saves a plan resource atomically to its (file) URI, after assigning missing ids. Resources whose URI is not a
	 * local file are saved the ordinary EMF way.
	 */
	public static void save(Resource resource) throws IOException {
		save(resource, null);
	}

	/**
	 * Like {@link #save(Resource)}, with extra save options on top of {@link #defaultSaveOptions()} (EMF's
	 * save-only-if-changed is ignored: a requested save always writes).
	 */
	public static void save(Resource resource, Map<?, ?> options) throws IOException {
		assignMissingIds(resource);
		Map<Object, Object> merged = defaultSaveOptions();
		if (options != null) {
			merged.putAll(options);
		}
		Path file = toLocalFile(resource.getURI());
		if (file == null) {
			resource.save(merged);
			return;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan)) {
			throw new PlanSaveException(file, Messages.SAVE_NO_PLAN, null, file);
		}
		writeAtomically(resource, file, merged);
		resource.setModified(false);
	}

	/**
	 * Saves a plan to a file. A plan that is not in a resource yet is put into a new one; a plan already in a resource
	 * is saved through that resource, which then points at {@code file} (save as).
	 */
	public static void save(Plan plan, Path file) throws IOException {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = plan.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(uri);
			resource.getContents().add(plan);
		} else if (!uri.equals(resource.getURI())) {
			resource.setURI(uri);
		}
		save(resource);
	}

	/** The local file a URI denotes (file: or a platform URI that maps to one), or null. */
	static Path toLocalFile(URI uri) {
		if (uri == null) {
			return null;
		}
		URI resolved = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
		return resolved != null && resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}

	private static void writeAtomically(Resource resource, Path file, Map<Object, Object> options)
			throws PlanSaveException {
		Path abs = file.toAbsolutePath().normalize();
		Path dir = abs.getParent();
		Path tmp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
		boolean moved = false;
		try {
			Files.createDirectories(dir);
			// CREATE_NEW (not createTempFile): the new file gets the usual permissions, not owner-only
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				resource.save(out, options);
				out.flush();
				channel.force(true);
			}
			copyPermissions(abs, tmp);
			Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved = true;
			syncDirectory(dir);
		} catch (IOException | RuntimeException e) {
			throw new PlanSaveException(abs, Messages.SAVE_FAILED, e, abs, reason(e));
		} finally {
			if (!moved) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException ignored) {
					// the temporary file is hidden and harmless; the error that matters is already on its way
				}
			}
		}
	}

	private static void copyPermissions(Path from, Path to) {
		try {
			PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
			if (source != null && Files.exists(from)) {
				Files.setPosixFilePermissions(to, source.readAttributes().permissions());
			}
		} catch (IOException | UnsupportedOperationException e) {
			// keep the default permissions
		}
	}

	/** Makes the rename durable (POSIX); not every platform can open a folder for sync, which is fine. */
	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// best effort
		}
	}

	// ------------------------------------------------------------------ ids

	/** Assigns ids to projects and organization units of every plan in the resource that lack one. */
	public static void assignMissingIds(Resource resource) {
		for (EObject root : resource.getContents()) {
			if (root instanceof Plan plan) {
				assignMissingIds(plan);
			}
		}
	}

	/**
	 * Gives every project without an id (or with a duplicate one) the id {@code p<seq>}, or {@code p<n>} for the
	 * smallest free n when that is taken, and every organization unit {@code u<n>}. Existing ids are never changed,
	 * so references from results rows and other files stay valid.
	 */
	public static void assignMissingIds(Plan plan) {
		Set<String> projectIds = new HashSet<>();
		Set<String> unitIds = new HashSet<>();
		List<Project> needProjectId = new java.util.ArrayList<>();
		List<OrganizationUnit> needUnitId = new java.util.ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Project p) {
				if (isBlank(p.getId()) || !projectIds.add(p.getId()) || unitIds.contains(p.getId())) {
					needProjectId.add(p);
				}
			} else if (o instanceof OrganizationUnit u) {
				if (isBlank(u.getId()) || !unitIds.add(u.getId()) || projectIds.contains(u.getId())) {
					needUnitId.add(u);
				}
			}
		}
		Set<String> used = new HashSet<>(projectIds);
		used.addAll(unitIds);
		int next = 1;
		for (Project p : needProjectId) {
			String id = "p" + p.getSeq();
			if (p.getSeq() <= 0 || used.contains(id)) {
				while (used.contains("p" + next)) {
					next++;
				}
				id = "p" + next;
			}
			used.add(id);
			p.setId(id);
		}
		next = 1;
		for (OrganizationUnit u : needUnitId) {
			while (used.contains("u" + next)) {
				next++;
			}
			String id = "u" + next;
			used.add(id);
			u.setId(id);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
