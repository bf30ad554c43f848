package org.sujarit.emf.ui.viewers;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * Turns the toolkit-neutral images of EMF item providers (a {@link URL}, a {@link ComposedImage} of overlays, or an
 * {@link ImageDescriptor}) into SWT images. Images are cached per key and disposed together with this object, so a
 * viewer's label provider owns one instance.
 */
public class ItemImages {

	private final Map<Object, Image> cache = new ConcurrentHashMap<>();

	/** The SWT image for an item provider's image object, or {@code null}. */
	public Image get(Object emfImage) {
		if (emfImage == null) {
			return null;
		}
		if (emfImage instanceof Image image) {
			return image;
		}
		Image cached = cache.get(emfImage);
		if (cached != null && !cached.isDisposed()) {
			return cached;
		}
		ImageDescriptor descriptor = descriptorOf(emfImage);
		if (descriptor == null) {
			return null;
		}
		Image image = descriptor.createImage(false, Display.getCurrent());
		if (image != null) {
			cache.put(emfImage, image);
		}
		return image;
	}

	/** An image descriptor for an item provider's image object, or {@code null} if the type is unknown. */
	public static ImageDescriptor descriptorOf(Object emfImage) {
		if (emfImage instanceof ImageDescriptor d) {
			return d;
		}
		if (emfImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (emfImage instanceof ComposedImage composed) {
			return new ComposedImageDescriptor(composed);
		}
		return null;
	}

	public void dispose() {
		cache.values().forEach(Image::dispose);
		cache.clear();
	}

	/** Draws the layers of a ComposedImage where EMF says they go (base image first, then overlays). */
	static final class ComposedImageDescriptor extends CompositeImageDescriptor {
		private final ComposedImage composed;

		ComposedImageDescriptor(ComposedImage composed) {
			this.composed = composed;
		}

		private List<ImageData> layers() {
			List<ImageData> layers = new ArrayList<>();
			for (Object part : composed.getImages()) {
				ImageDescriptor d = descriptorOf(part);
				ImageData data = d == null ? null : d.getImageData(100);
				if (data != null) {
					layers.add(data);
				}
			}
			return layers;
		}

		private List<ComposedImage.Size> sizes(List<ImageData> layers) {
			List<ComposedImage.Size> sizes = new ArrayList<>();
			for (ImageData data : layers) {
				ComposedImage.Size size = new ComposedImage.Size();
				size.width = data.width;
				size.height = data.height;
				sizes.add(size);
			}
			return sizes;
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			List<ImageData> layers = layers();
			List<ComposedImage.Point> points = composed.getDrawPoints(composed.getSize(sizes(layers)));
			for (int i = 0; i < layers.size() && i < points.size(); i++) {
				ImageData data = layers.get(i);
				drawImage(zoom -> zoom == 100 ? data : null, points.get(i).x, points.get(i).y);
			}
		}

		@Override
		protected Point getSize() {
			ComposedImage.Size size = composed.getSize(sizes(layers()));
			return new Point(size.width, size.height);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof ComposedImageDescriptor other && other.composed.equals(composed);
		}

		@Override
		public int hashCode() {
			return composed.hashCode();
		}
	}
}
