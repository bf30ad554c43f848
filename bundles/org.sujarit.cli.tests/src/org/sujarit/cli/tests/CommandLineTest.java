package org.sujarit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sujarit.cli.CliApplication;

/** The command line itself: commands from the extension point, Commons CLI options, usage on a mistake. */
class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CliApplication(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsTheContributedCommands() {
		assertEquals(0, run("help"));
		String usage = out.toString(StandardCharsets.UTF_8);
		for (String c : new String[] { "report", "validate", "import", "publish" }) {
			assertTrue(usage.contains("./sujarit " + c + " --"), usage);
		}
	}

	@Test
	void aMistypedCommandPrintsTheUsageAndExits2() {
		assertEquals(2, run("publihs", "--plan", "x.sujarit"));
		assertTrue(err().contains("\"publihs\""), err());
		assertTrue(err().contains("./sujarit validate --plan"), "the usage follows: " + err());
		assertEquals(0, out.size(), "nothing on stdout");
	}

	@Test
	void aCloseTypoIsAnswered() {
		assertEquals(2, run("valdiate", "--plan", "x.sujarit"));
		assertTrue(err().contains("\"validate\""), err());
	}

	@Test
	void optionsAreNotAbbreviated() {
		// Commons CLI would take "--pl" for --plan by default
		assertEquals(2, run("validate", "--pl", "x.sujarit"));
		assertTrue(err().contains("--pl"), err());
	}

	@Test
	void anOptionWithoutItsValueIsNamed() {
		assertEquals(2, run("validate", "--plan"));
		assertTrue(err().contains("--plan"), err());
	}

	@Test
	void aStrayArgumentIsRefused() throws Exception {
		Path base = CorpusTest.corpusFolder().resolve("plans/base.sujarit");
		assertEquals(2, run("validate", "--plan", base.toString(), "extra"));
		assertTrue(err().contains("\"extra\""), err());
	}

	@Test
	void optionsTakeEqualsToo() throws Exception {
		Path base = CorpusTest.corpusFolder().resolve("plans/base.sujarit");
		assertEquals(0, run("validate", "--plan=" + base));
	}
}
