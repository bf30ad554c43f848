package org.sujarit.publish.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a folder as a whole: the new content is written into a temporary sibling folder, which is then swapped in
 * with two renames (old aside, new in place) and the old folder deleted. A failure before the swap removes the
 * temporary folder and leaves the target untouched; a failure of the second rename moves the old folder back.
 * <p>
 * Written to move as-is into the floor as {@code org.sujarit.core.io.AtomicFiles.replaceFolder(Path, FolderBody)}
 * (HELPERS.md), which was not on main when the website was built. Java offers no atomic exchange of two folders, so
 * for the instant between the two renames the target name is absent; readers never see a half-written site.
 */
public final class FolderSwap {

	/** Writes the new content of the folder. */
	@FunctionalInterface
	public interface FolderBody {
		void writeTo(Path folder) throws Exception;
	}

	/** Why the swap was refused before anything was written. */
	public static final class Refused extends IOException {
		private static final long serialVersionUID = 1L;

		public enum Reason {
			TARGET_IS_FILE, PARENT_MISSING, PARENT_READ_ONLY
		}

		private final Reason reason;

		Refused(Reason reason, Path target) {
			super(reason + ": " + target);
			this.reason = reason;
		}

		public Reason reason() {
			return reason;
		}
	}

	private static final String TEMP_MARK = ".sujarit-tmp-";
	private static final String OLD_MARK = ".sujarit-old-";

	private FolderSwap() {
	}

	/**
	 * Checks what {@link #replaceFolder} would refuse, without writing anything.
	 *
	 * @throws Refused target is a file, its parent is missing or not writable
	 */
	public static void check(Path target) throws Refused {
		Path abs = target.toAbsolutePath().normalize();
		if (Files.exists(abs) && !Files.isDirectory(abs)) {
			throw new Refused(Refused.Reason.TARGET_IS_FILE, target);
		}
		Path parent = abs.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new Refused(Refused.Reason.PARENT_MISSING, target);
		}
		if (!Files.isWritable(parent)) {
			throw new Refused(Refused.Reason.PARENT_READ_ONLY, target);
		}
	}

	/**
	 * Writes {@code body} into a temporary sibling of {@code target}, then puts it in place of {@code target}.
	 *
	 * @return the target path
	 * @throws Refused   nothing was written (see {@link #check})
	 * @throws Exception whatever the body threw, or the I/O failure of the swap; the target is unchanged
	 */
	public static Path replaceFolder(Path target, FolderBody body) throws Exception {
		check(target);
		Path abs = target.toAbsolutePath().normalize();
		Path parent = abs.getParent();
		String name = abs.getFileName().toString();
		cleanStale(parent, name);
		String unique = ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
		Path temp = parent.resolve("." + name + TEMP_MARK + unique);
		Files.createDirectory(temp);
		try {
			body.writeTo(temp);
			Path old = null;
			if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
				old = parent.resolve("." + name + OLD_MARK + unique);
				Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
			}
			try {
				Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				if (old != null) {
					Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
				}
				throw e;
			}
			fsyncFolder(parent);
			if (old != null) {
				deleteTree(old);
			}
			return target;
		} catch (AccessDeniedException e) {
			deleteTree(temp);
			throw new Refused(Refused.Reason.PARENT_READ_ONLY, target);
		} catch (Exception | Error e) {
			deleteTree(temp);
			throw e;
		}
	}

	/** Removes temporary and old folders of this target left by Sujarit processes that no longer run. */
	static void cleanStale(Path parent, String name) {
		String prefix = "." + name;
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix + ".sujarit-*")) {
			for (Path p : ds) {
				String rest = p.getFileName().toString().substring(prefix.length());
				String pid = null;
				if (rest.startsWith(TEMP_MARK)) {
					pid = rest.substring(TEMP_MARK.length());
				} else if (rest.startsWith(OLD_MARK)) {
					pid = rest.substring(OLD_MARK.length());
				}
				if (pid == null || pid.indexOf('-') < 0) {
					continue;
				}
				try {
					long id = Long.parseLong(pid.substring(0, pid.indexOf('-')));
					if (ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false)) {
						continue;
					}
				} catch (NumberFormatException e) {
					continue;
				}
				deleteTree(p);
			}
		} catch (IOException e) {
			// cleaning is a courtesy; the publish itself does not depend on it
		}
	}

	/** Writes bytes and forces them to disk before the file counts as written. */
	public static void writeDurably(Path file, byte[] bytes) throws IOException {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
			while (buf.hasRemaining()) {
				ch.write(buf);
			}
			ch.force(true);
		}
	}

	static void fsyncFolder(Path folder) {
		try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException e) {
			// not every file system lets a folder be opened; the renames are still atomic
		}
	}

	public static void deleteTree(Path root) {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// best effort: a leftover temporary folder is cleaned by the next publish
		}
	}
}
