package org.sujarit.report.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts every image of an HTML report into the page itself as a data: URI, so that the HTML is one self-contained
 * file that an organization can publish on its website as is.
 */
public final class DataUriImageHandler extends HTMLImageHandler {

	private static String dataUri(IImage image) {
		byte[] data = image.getImageData();
		if (data == null) {
			return null;
		}
		String mime = image.getMimeType();
		if (mime == null) { // sniff: the charts are JPEG (FF D8) or PNG
			mime = data.length > 1 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 ? "image/jpeg" : "image/png";
		}
		return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onURLImage(IImage image, IReportContext context) {
		return image.getID();
	}
}
