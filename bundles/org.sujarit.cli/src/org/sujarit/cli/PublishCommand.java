package org.sujarit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;
import org.sujarit.publish.PublishException;
import org.sujarit.publish.SitePublisher;

/**
 * {@code ./sujarit publish --plan FILE [--plan FILE2 …] [--base-url URL] --out DIR}: the public website
 * (org.sujarit.publish). Kept apart from {@link CliApplication} so that the option parsing can change under it.
 * The output folder is checked before the plans are read, and every plan is read before anything is written.
 */
final class PublishCommand {
	static final Set<String> OPTIONS = Set.of("--plan", "--meeting", "--base-url", "--out");

	private PublishCommand() {
	}

	static int run(Options o, PrintStream out) throws UsageException, PlanLoadException, PublishException {
		List<String> planArgs = o.all("--plan");
		if (planArgs.isEmpty()) {
			o.require("--plan");
		}
		if (!o.all("--meeting").isEmpty()) {
			// extension point: org.sujarit.publish.DocumentSource, once the meeting-pack bundle is on main
			throw new UsageException(Messages.PublishNoMeetings);
		}
		Path dir = Path.of(o.require("--out"));
		SitePublisher.checkTarget(dir);
		List<Plan> plans = new ArrayList<>();
		for (String f : planArgs) {
			Path p = Path.of(f);
			if (!Files.isRegularFile(p)) {
				throw new UsageException(NLS.bind(Messages.FileNotFound, f));
			}
			plans.add(PlanResources.loadPlan(p));
		}
		SitePublisher.Result r = SitePublisher.publish(plans, List.of(), dir, o.get("--base-url"),
				new NullProgressMonitor());
		out.println(r.message(Locale.getDefault()));
		return CliApplication.OK;
	}
}
