package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.core.io.AtomicFiles;
import org.sujarit.core.io.AtomicFiles.Option;
import org.sujarit.core.problem.CoreProblem;
import org.sujarit.core.problem.SujaritException;

class AtomicFilesTest {

	@TempDir
	Path dir;

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static String read(Path p) throws IOException {
		return Files.readString(p, StandardCharsets.UTF_8);
	}

	private static String mode(Path p) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
	}

	/** A pid that is certainly not running: a process that has ended. */
	private static long deadPid() throws Exception {
		Process p = new ProcessBuilder("true").start();
		p.waitFor();
		return p.pid();
	}

	/** The umask of this JVM (Linux), so that the expected mode is computed from the environment, not the code. */
	private static int umask() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("Umask:")) {
				return Integer.parseInt(line.substring(6).trim(), 8);
			}
		}
		throw new IllegalStateException("no Umask line");
	}

	@Test
	void writesANewFileAndReplacesAnOldOne() throws Exception {
		Path plan = dir.resolve("plan.sujarit");
		assertEquals(plan, AtomicFiles.writeString(plan, "แผน 1"));
		assertEquals("แผน 1", read(plan));
		AtomicFiles.write(plan, out -> out.write("แผน 2".getBytes(StandardCharsets.UTF_8)));
		assertEquals("แผน 2", read(plan));
		AtomicFiles.writeBytes(plan, new byte[] { 1, 2, 3 });
		assertEquals(3, Files.size(plan));
		assertEquals(List.of("plan.sujarit"), names(dir), "no temporary file left");
	}

	@Test
	void bodyMayCloseItsStream() throws Exception {
		Path out = dir.resolve("closed.txt");
		AtomicFiles.write(out, o -> {
			o.write('a');
			o.close();
		});
		assertEquals("a", read(out));
	}

	@Test
	void failureMidWriteKeepsTheOldFileAndLeavesNoTemp() throws Exception {
		Path plan = dir.resolve("plan.sujarit");
		Files.writeString(plan, "good");
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.write(plan, out -> {
			out.write(new byte[100_000]); // more than the buffer: bytes really reached the temp file
			throw new IOException("simulated failure");
		}));
		assertSame(CoreProblem.WRITE_FAILED, e.code());
		assertEquals("good", read(plan));
		assertEquals(List.of("plan.sujarit"), names(dir));
	}

	@Test
	void diskFullIsItsOwnReason() throws Exception {
		Path pdf = dir.resolve("report.pdf");
		Files.writeString(pdf, "good pdf");
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.write(pdf, out -> {
			out.write(new byte[70_000]);
			throw new IOException("No space left on device");
		}));
		assertSame(CoreProblem.WRITE_DISK_FULL, e.code());
		assertEquals("good pdf", read(pdf));
		assertEquals(List.of("report.pdf"), names(dir));
	}

	@Test
	void runtimeFailureOfTheBodyLeavesNoTempEither() throws Exception {
		Path out = dir.resolve("x.html");
		SujaritException e = assertThrows(SujaritException.class,
				() -> AtomicFiles.write(out, o -> { throw new IllegalStateException("render failed"); }));
		assertSame(CoreProblem.WRITE_FAILED, e.code());
		assertEquals("render failed", e.args()[1]);
		assertEquals(List.of(), names(dir));
	}

	@Test
	void staleTempOfADeadProcessIsRemovedByTheNextWrite() throws Exception {
		long dead = deadPid();
		Path stale = dir.resolve(".plan.sujarit." + dead + "-0a1b2c3d.tmp");
		Files.writeString(stale, "half a plan");
		Path staleFolder = dir.resolve(".site." + dead + "-0a1b2c3e.tmp");
		Files.createDirectories(staleFolder.resolve("css"));
		Files.writeString(staleFolder.resolve("css/a.css"), "x");
		long alive = ProcessHandle.current().parent().orElseThrow().pid();
		Path busy = dir.resolve(".other.pdf." + alive + "-0a1b2c3f.tmp"); // another live process is writing it
		Files.writeString(busy, "in progress");
		Path notOurs = dir.resolve(".cache.tmp");
		Files.writeString(notOurs, "someone else's");
		Path legacyOld = dir.resolve(".plan.sujarit.123e4567-e89b-12d3-a456-426614174000.tmp");
		Files.writeString(legacyOld, "left by an older version");
		Files.setLastModifiedTime(legacyOld, FileTime.from(Instant.now().minusSeconds(3 * 3600)));

		AtomicFiles.writeString(dir.resolve("report.pdf"), "new");

		assertEquals(List.of(busy.getFileName().toString(), ".cache.tmp", "report.pdf").stream().sorted().toList(),
				names(dir));
	}

	@Test
	void liveOwnerButVeryOldTempIsStaleToo() throws Exception {
		long alive = ProcessHandle.current().parent().orElseThrow().pid();
		Path old = dir.resolve(".a.pdf." + alive + "-00000001.tmp");
		Files.writeString(old, "pid reused since");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(48 * 3600)));
		AtomicFiles.writeString(dir.resolve("b.pdf"), "b");
		assertEquals(List.of("b.pdf"), names(dir));
	}

	@Test
	void overwriteKeepsTheMode() throws Exception {
		Path plan = dir.resolve("plan.sujarit");
		Files.writeString(plan, "old");
		Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-------"));
		AtomicFiles.writeString(plan, "new");
		assertEquals("rw-------", mode(plan));
		Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.writeString(plan, "newer");
		assertEquals("rw-rw-r--", mode(plan));
	}

	@Test
	void newFileGetsTheUmaskBasedMode() throws Exception {
		Path pdf = dir.resolve("report.pdf");
		AtomicFiles.writeString(pdf, "pdf");
		int expected = 0666 & ~umask();
		int actual = 0;
		String m = mode(pdf);
		for (int i = 0; i < 9; i++) {
			actual = (actual << 1) | (m.charAt(i) == '-' ? 0 : 1);
		}
		assertEquals(Integer.toOctalString(expected), Integer.toOctalString(actual));
		if (umask() == 0022) {
			assertEquals("rw-r--r--", m, "644 under umask 022, not owner-only");
		}
	}

	@Test
	void readOnlyFileIsRefusedUnlessOverwriteIsAllowed() throws Exception {
		Path plan = dir.resolve("plan.sujarit");
		Files.writeString(plan, "keep me");
		Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("r--r--r--"));
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.writeString(plan, "lost"));
		assertSame(CoreProblem.WRITE_READ_ONLY, e.code());
		assertEquals("keep me", read(plan));
		assertEquals(List.of("plan.sujarit"), names(dir));

		AtomicFiles.writeString(plan, "replaced", Option.OVERWRITE_READ_ONLY);
		assertEquals("replaced", read(plan));
		assertEquals("r--r--r--", mode(plan), "still read-only after the forced overwrite");
	}

	@Test
	void symlinkIsWrittenThroughToItsTarget() throws Exception {
		Path real = Files.createDirectory(dir.resolve("shared")).resolve("report.pdf");
		Files.writeString(real, "old");
		Path links = Files.createDirectory(dir.resolve("links"));
		Path link = Files.createSymbolicLink(links.resolve("report.pdf"), Path.of("../shared/report.pdf"));
		assertEquals(real, AtomicFiles.writeString(link, "new"));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("new", read(real));
		assertEquals(List.of("report.pdf"), names(links));
		assertEquals(List.of("report.pdf"), names(real.getParent()), "the temp file was beside the target");
	}

	@Test
	void missingParentIsRefused() throws Exception {
		Path out = dir.resolve("no/such/folder/report.pdf");
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.writeString(out, "x"));
		assertSame(CoreProblem.WRITE_PARENT_MISSING, e.code());
		assertEquals(dir.resolve("no/such/folder"), e.args()[1]);
		assertFalse(Files.exists(dir.resolve("no")), "nothing created");
	}

	@Test
	void parentThatIsAFileIsRefused() throws Exception {
		Path file = dir.resolve("plan.sujarit");
		Files.writeString(file, "plan");
		SujaritException e = assertThrows(SujaritException.class,
				() -> AtomicFiles.writeString(file.resolve("sub/report.pdf"), "x"));
		assertSame(CoreProblem.WRITE_PARENT_NOT_FOLDER, e.code());
		assertEquals(file, e.args()[1]);
		assertEquals("plan", read(file));
	}

	@Test
	void targetThatIsAFolderIsRefused() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("report.pdf"));
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.writeString(folder, "x"));
		assertSame(CoreProblem.WRITE_TARGET_IS_FOLDER, e.code());
		assertTrue(Files.isDirectory(folder));
		assertEquals(List.of("report.pdf"), names(dir));
	}

	@Test
	void replaceFolderSwapsACompleteSite() throws Exception {
		Path site = dir.resolve("site");
		AtomicFiles.replaceFolder(site, f -> Files.writeString(f.resolve("index.html"), "v1"));
		assertEquals("v1", read(site.resolve("index.html")));
		AtomicFiles.replaceFolder(site, f -> {
			Files.createDirectories(f.resolve("css"));
			Files.writeString(f.resolve("css/site.css"), "body{}");
			Files.writeString(f.resolve("index.html"), "v2");
		});
		assertEquals("v2", read(site.resolve("index.html")));
		assertEquals(List.of("css", "index.html"), names(site));
		assertEquals(List.of("site"), names(dir), "no temporary or old folder left");
	}

	@Test
	void failedSiteKeepsTheOldOneAndLeavesNothing() throws Exception {
		Path site = dir.resolve("site");
		AtomicFiles.replaceFolder(site, f -> Files.writeString(f.resolve("index.html"), "good"));
		SujaritException e = assertThrows(SujaritException.class, () -> AtomicFiles.replaceFolder(site, f -> {
			Files.writeString(f.resolve("index.html"), "half");
			throw new IOException("No space left on device");
		}));
		assertSame(CoreProblem.WRITE_DISK_FULL, e.code());
		assertEquals(List.of("index.html"), names(site));
		assertEquals("good", read(site.resolve("index.html")));
		assertEquals(List.of("site"), names(dir));
	}

	@Test
	void interruptedSwapOfADeadProcessIsPutBack() throws Exception {
		long dead = deadPid();
		// killed between moving the old site aside and moving the new one in
		Path old = Files.createDirectory(dir.resolve(".site." + dead + "-0000000a.old"));
		Files.writeString(old.resolve("index.html"), "good");
		Path half = Files.createDirectory(dir.resolve(".site." + dead + "-0000000b.tmp"));
		Files.writeString(half.resolve("index.html"), "complete but never swapped");
		AtomicFiles.removeStaleTemps(dir);
		assertEquals(List.of("site"), names(dir));
		assertEquals("good", read(dir.resolve("site/index.html")));
	}

	@Test
	void folderTargetThatIsAFileIsRefused() throws Exception {
		Path file = dir.resolve("site");
		Files.writeString(file, "a file");
		SujaritException e = assertThrows(SujaritException.class,
				() -> AtomicFiles.replaceFolder(file, f -> Files.writeString(f.resolve("index.html"), "x")));
		assertSame(CoreProblem.WRITE_TARGET_NOT_FOLDER, e.code());
		assertEquals(List.of("site"), names(dir));
	}
}
