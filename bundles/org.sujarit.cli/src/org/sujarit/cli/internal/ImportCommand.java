package org.sujarit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.Options;
import org.eclipse.osgi.util.NLS;
import org.sujarit.cli.CliApplication;
import org.sujarit.cli.CliCommand;
import org.sujarit.cli.CliContext;
import org.sujarit.cli.Messages;
import org.sujarit.cli.UsageException;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;

/** {@code import --from FILE [--from FILE2] --out FILE.sujarit}: seed JSON / CSV to a plan, saved atomically. */
public final class ImportCommand implements CliCommand {

	@Override
	public void defineOptions(Options options) {
		options.addOption(CliCommand.value("from"));
		options.addOption(CliCommand.value("out"));
	}

	@Override
	public int run(CliContext o) throws Exception {
		List<String> from = o.all("from");
		if (from.isEmpty()) {
			o.require("from");
		}
		List<Path> files = new ArrayList<>();
		for (String f : from) {
			files.add(CliContext.existingFileNamed(f));
		}
		Path outFile = Path.of(o.require("out"));
		Plan plan = files.size() == 1 ? SeedImporter.importFile(files.get(0)) : SeedImporter.importFiles(files);
		try {
			PlanResources.save(plan, outFile);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.CannotWrite, outFile, e.getLocalizedMessage()), e);
		}
		o.out().println(NLS.bind(Messages.Imported, plan.projectCount(), outFile));
		return CliApplication.OK;
	}
}
