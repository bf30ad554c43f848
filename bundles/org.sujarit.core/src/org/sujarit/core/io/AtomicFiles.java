package org.sujarit.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sujarit.core.problem.CoreProblem;
import org.sujarit.core.problem.SujaritException;

/**
 * The one atomic writer of Sujarit: every output (plans, reports, packs, workbooks, sites) goes through it, so that a
 * crash, a kill or a full disk never leaves a half-written file where a good one was.
 * <p>
 * A file is written to a hidden temporary file beside its target ({@code .NAME.PID-RANDOM.tmp}), flushed and
 * fsync'ed, then renamed over the target in one atomic step, and the folder is fsync'ed. On any failure the temporary
 * file is removed and the target is untouched; a shutdown hook removes the temporary files of writes still running
 * when the JVM is stopped (SIGTERM, System.exit). Temporary files of processes that died without cleaning up (kill -9,
 * power loss) are recognised by their name and owning pid and removed by the next write into the same folder.
 * <p>
 * Rules: the parent folder must exist (refused otherwise, never created); an existing file keeps its permissions (and
 * owner, where the process may set it), a new file gets the usual umask-based permissions (644 under umask 022); a
 * read-only file is refused unless {@link Option#OVERWRITE_READ_ONLY} is given; a symbolic link is written through:
 * its target is replaced (atomically, beside the target) and the link stays. Hard links to the old file keep the old
 * content (a rename cannot update them). Every refusal is a {@link SujaritException} with a {@link CoreProblem} code.
 */
public final class AtomicFiles {

	/** Writes the content of a file. The stream may be closed by the body or not; it is flushed and synced after. */
	@FunctionalInterface
	public interface Body {
		void writeTo(OutputStream out) throws Exception;
	}

	/** Writes the content of a folder (a site) into the empty folder it is given. */
	@FunctionalInterface
	public interface FolderBody {
		void writeTo(Path folder) throws Exception;
	}

	public enum Option {
		/** Replace a file even when it is read-only (the user said so); it keeps its read-only mode. */
		OVERWRITE_READ_ONLY
	}

	/** .NAME.PID-RANDOM.tmp (file or folder being written) and .NAME.PID-RANDOM.old (a folder being replaced). */
	private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d+)-([0-9a-f]{8})\\.(tmp|old)");
	/** Temporary files of the writers before this class (a UUID, or the CLI's createTempFile), cleaned by age. */
	private static final Pattern LEGACY_TEMP = Pattern.compile(
			"\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp|\\.sujarit-report\\d+\\.tmp");
	/** A live pid may be a reused one: a temp file this old is a leftover whoever owns the pid now. */
	private static final Duration STALE_AGE = Duration.ofHours(12);
	private static final Duration LEGACY_STALE_AGE = Duration.ofHours(1);
	private static final int MAX_NAME = 180;
	private static final int MAX_LINKS = 40;
	private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

	private static final long PID = ProcessHandle.current().pid();
	private static final SecureRandom RANDOM = new SecureRandom();
	/** Temporary files and folders of writes in progress → the target an ".old" folder must be restored to. */
	private static final Map<Path, Optional<Path>> IN_PROGRESS = new ConcurrentHashMap<>();
	private static final Object SWAP_LOCK = new Object();
	private static volatile boolean hookInstalled;

	private AtomicFiles() {
	}

	public static Path writeBytes(Path target, byte[] bytes, Option... options) throws SujaritException {
		return write(target, out -> out.write(bytes), options);
	}

	/** UTF-8. */
	public static Path writeString(Path target, String text, Option... options) throws SujaritException {
		return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), options);
	}

	/**
	 * Writes {@code target} atomically.
	 *
	 * @return the file actually written: {@code target}, or the end of the symbolic link chain it names
	 */
	public static Path write(Path target, Body body, Option... options) throws SujaritException {
		Path file = resolveLinks(target);
		if (Files.isDirectory(file)) {
			throw new SujaritException(CoreProblem.WRITE_TARGET_IS_FOLDER, target);
		}
		Path dir = checkParent(target, file);
		PosixFileAttributes existing = posixAttributes(file);
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && isReadOnly(file, existing)
				&& !has(options, Option.OVERWRITE_READ_ONLY)) {
			throw new SujaritException(CoreProblem.WRITE_READ_ONLY, target);
		}
		removeStaleTemps(dir);
		Path tmp = dir.resolve(tempName(file.getFileName().toString(), "tmp"));
		register(tmp, null);
		boolean moved = false;
		try {
			// CREATE_NEW (not createTempFile): a new file gets the umask-based permissions, not owner-only
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				body.writeTo(new FilterOutputStream(out) {
					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						out.flush(); // the body may close its stream; the channel stays open for the sync
					}
				});
				out.flush();
				channel.force(true);
			}
			if (existing != null) {
				copyAttributes(existing, tmp);
			}
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved = true;
			syncFolder(dir);
			return file;
		} catch (Exception e) {
			throw failure(target, dir, e);
		} finally {
			if (!moved) {
				deleteQuietly(tmp);
			}
			IN_PROGRESS.remove(tmp);
		}
	}

	/**
	 * Writes a folder (a site) atomically: {@code body} fills a new hidden sibling folder, which then takes the place
	 * of {@code target}. The old folder stays in place until the new one is complete and is removed only after the
	 * swap; if the swap fails it is put back. Nobody ever sees a half-written folder at {@code target}.
	 *
	 * @return the folder actually written ({@code target}, or the end of the symbolic link chain it names)
	 */
	public static Path replaceFolder(Path target, FolderBody body) throws SujaritException {
		Path folder = resolveLinks(target);
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new SujaritException(CoreProblem.WRITE_TARGET_NOT_FOLDER, target);
		}
		Path dir = checkParent(target, folder);
		removeStaleTemps(dir);
		String name = folder.getFileName().toString();
		Path tmp = dir.resolve(tempName(name, "tmp"));
		Path old = null;
		register(tmp, null);
		boolean swapped = false;
		try {
			Files.createDirectory(tmp);
			PosixFileAttributes existing = posixAttributes(folder);
			body.writeTo(tmp);
			syncTree(tmp);
			if (existing != null) {
				copyAttributes(existing, tmp);
			}
			synchronized (SWAP_LOCK) {
				if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
					Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
				} else {
					old = dir.resolve(tempName(name, "old"));
					register(old, folder);
					Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
					try {
						Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
					} catch (IOException | RuntimeException e) {
						Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
						throw e;
					}
				}
				swapped = true;
			}
			syncFolder(dir);
			return folder;
		} catch (Exception e) {
			throw failure(target, dir, e);
		} finally {
			if (!swapped) {
				deleteTreeQuietly(tmp);
			}
			IN_PROGRESS.remove(tmp);
			if (old != null) {
				if (swapped) {
					deleteTreeQuietly(old);
				}
				IN_PROGRESS.remove(old);
			}
		}
	}

	/**
	 * Removes the temporary files and folders that dead Sujarit processes left in {@code dir} (done by every write;
	 * public for tools that want to tidy a folder without writing). An interrupted folder swap is completed backwards:
	 * the old folder is put back when its place is empty.
	 */
	public static void removeStaleTemps(Path dir) {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				Matcher m = TEMP.matcher(name);
				if (m.matches()) {
					if (IN_PROGRESS.containsKey(entry) || !isStale(Long.parseLong(m.group(2)), entry)) {
						continue;
					}
					if ("old".equals(m.group(4))) {
						Path original = dir.resolve(m.group(1));
						if (m.group(1).length() < MAX_NAME && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
							Files.move(entry, original, StandardCopyOption.ATOMIC_MOVE);
							continue;
						}
					}
					deleteTreeQuietly(entry);
				} else if (LEGACY_TEMP.matcher(name).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
						&& olderThan(entry, LEGACY_STALE_AGE)) {
					deleteQuietly(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// tidying is a courtesy; the write itself decides success
		}
	}

	private static boolean isStale(long pid, Path entry) {
		if (pid == PID) {
			return true; // ours, and not in progress: a write of this process that could not delete it
		}
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		return !alive || olderThan(entry, STALE_AGE);
	}

	private static boolean olderThan(Path entry, Duration age) {
		try {
			FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
			return modified.toInstant().isBefore(Instant.now().minus(age));
		} catch (IOException e) {
			return false;
		}
	}

	// ------------------------------------------------------------------ checks

	/** The end of the chain of symbolic links {@code target} names (itself when it is no link). */
	private static Path resolveLinks(Path target) throws SujaritException {
		Path current = target.toAbsolutePath().normalize();
		try {
			for (int i = 0; Files.isSymbolicLink(current); i++) {
				if (i == MAX_LINKS) {
					throw new SujaritException(CoreProblem.WRITE_FAILED, target, "too many levels of symbolic links");
				}
				current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
			}
		} catch (IOException e) {
			throw failure(target, current.getParent(), e);
		}
		return current;
	}

	/** The parent folder of {@code file}, which must exist and be a folder. */
	private static Path checkParent(Path target, Path file) throws SujaritException {
		Path dir = file.getParent();
		if (dir == null) {
			throw new SujaritException(CoreProblem.WRITE_TARGET_IS_FOLDER, target);
		}
		if (Files.isDirectory(dir)) {
			return dir;
		}
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing != null && !Files.isDirectory(existing)) {
			throw new SujaritException(CoreProblem.WRITE_PARENT_NOT_FOLDER, target, existing);
		}
		throw new SujaritException(CoreProblem.WRITE_PARENT_MISSING, target, dir);
	}

	/**
	 * A file nobody may write: no write bit at all (root's access check would say "writable" to anything), or not
	 * writable for this user.
	 */
	private static boolean isReadOnly(Path file, PosixFileAttributes attributes) {
		if (attributes != null) {
			Set<PosixFilePermission> perms = attributes.permissions();
			if (perms.stream().noneMatch(WRITE_BITS::contains)) {
				return true;
			}
		}
		return !Files.isWritable(file);
	}

	private static boolean has(Option[] options, Option option) {
		if (options != null) {
			for (Option o : options) {
				if (o == option) {
					return true;
				}
			}
		}
		return false;
	}

	// ------------------------------------------------------------------ errors

	private static SujaritException failure(Path target, Path dir, Exception e) {
		if (e instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			String text = String.valueOf(t.getMessage());
			if (text.contains("No space left on device") || text.contains("Disk quota exceeded")) {
				return new SujaritException(CoreProblem.WRITE_DISK_FULL, e, target);
			}
		}
		if (e instanceof SujaritException se) {
			return se;
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			String text = String.valueOf(t.getMessage());
			if (t instanceof AccessDeniedException || text.contains("Read-only file system")
					|| text.contains("Permission denied")) {
				return new SujaritException(CoreProblem.WRITE_FOLDER_READ_ONLY, e, target, dir);
			}
			if (t instanceof NotDirectoryException) {
				return new SujaritException(CoreProblem.WRITE_PARENT_NOT_FOLDER, e, target, dir);
			}
			if (t instanceof NoSuchFileException) {
				return new SujaritException(CoreProblem.WRITE_PARENT_MISSING, e, target, dir);
			}
		}
		return new SujaritException(CoreProblem.WRITE_FAILED, e, target, reason(e));
	}

	/** The system's reason without the path it repeats, or the exception's kind when it has no message. */
	private static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

	// ------------------------------------------------------------------ temporary files

	private static String tempName(String name, String suffix) {
		String base = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
		byte[] random = new byte[4];
		RANDOM.nextBytes(random);
		return "." + base + "." + PID + "-" + HexFormat.of().formatHex(random) + "." + suffix;
	}

	private static void register(Path temp, Path restoreTo) {
		if (!hookInstalled) {
			synchronized (AtomicFiles.class) {
				if (!hookInstalled) {
					try {
						Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::cleanUpAtExit, "sujarit-temp-cleanup"));
					} catch (IllegalStateException e) {
						// already shutting down: the write will fail or finish on its own
					}
					hookInstalled = true;
				}
			}
		}
		IN_PROGRESS.put(temp, Optional.ofNullable(restoreTo));
	}

	/** SIGTERM or System.exit during a write: no temporary file stays, a folder being swapped is put back. */
	private static void cleanUpAtExit() {
		synchronized (SWAP_LOCK) {
			for (Map.Entry<Path, Optional<Path>> entry : new ArrayList<>(IN_PROGRESS.entrySet())) {
				Path temp = entry.getKey();
				Optional<Path> restoreTo = entry.getValue();
				try {
					if (restoreTo.isPresent() && Files.exists(temp, LinkOption.NOFOLLOW_LINKS)
							&& !Files.exists(restoreTo.get(), LinkOption.NOFOLLOW_LINKS)) {
						Files.move(temp, restoreTo.get(), StandardCopyOption.ATOMIC_MOVE);
						continue;
					}
				} catch (IOException | RuntimeException e) {
					// fall through to removal only if it is a plain temp
				}
				if (restoreTo.isEmpty()) {
					deleteTreeQuietly(temp);
				}
			}
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException | RuntimeException e) {
			// removed by the next write into this folder (stale-temp clean-up)
		}
	}

	private static void deleteTreeQuietly(Path root) {
		if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
			deleteQuietly(root);
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
			for (Path p : all) {
				deleteQuietly(p);
			}
		} catch (IOException | RuntimeException e) {
			// removed by the next write into this folder
		}
	}

	// ------------------------------------------------------------------ attributes and sync

	private static PosixFileAttributes posixAttributes(Path file) {
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
			return view == null || !Files.exists(file) ? null : view.readAttributes();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The replaced file's mode, and its owner and group where this process may set them (root). */
	private static void copyAttributes(PosixFileAttributes from, Path to) {
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
			PosixFileAttributes now = view.readAttributes();
			if (!now.owner().equals(from.owner())) {
				try {
					view.setOwner(from.owner());
				} catch (IOException e) {
					// not permitted for ordinary users: the file becomes theirs, as with any editor's save
				}
			}
			if (!now.group().equals(from.group())) {
				try {
					view.setGroup(from.group());
				} catch (IOException e) {
					// as above
				}
			}
			view.setPermissions(from.permissions());
		} catch (IOException | RuntimeException e) {
			// keep the umask-based mode
		}
	}

	/** Makes the rename durable (POSIX); not every platform can open a folder for sync, which is fine. */
	private static void syncFolder(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// best effort
		}
	}

	private static void syncTree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
					try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ)) {
						channel.force(true);
					}
				} else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
					syncFolder(p);
				}
			}
		}
	}
}
