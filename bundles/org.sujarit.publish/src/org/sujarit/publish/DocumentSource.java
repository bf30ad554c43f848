package org.sujarit.publish;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Extension point for documents the site lists under "meeting packs and minutes" on the index page. The meeting-pack
 * bundle (being written in parallel) plugs in here: {@code ./sujarit publish --meeting FILE} hands each meeting to a
 * source that renders its pack. Paths must lie under {@code meetings/}.
 */
@FunctionalInterface
public interface DocumentSource {
	List<SiteDocument> documents(IProgressMonitor monitor) throws PublishException;
}
