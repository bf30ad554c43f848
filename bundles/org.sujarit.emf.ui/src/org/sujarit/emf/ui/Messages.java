package org.sujarit.emf.ui;

/** User-visible strings of the bridge (messages.properties, messages_th.properties; UTF-8, see MessageLoader). */
public final class Messages {
	public static String undo;
	public static String undoCommand;
	public static String redo;
	public static String redoCommand;
	public static String delete;
	public static String cut;
	public static String copy;
	public static String paste;
	public static String newChild;
	public static String newSibling;
	public static String editText;
	public static String editList;
	public static String chooseValues;
	public static String available;
	public static String chosen;
	public static String add;
	public static String remove;
	public static String up;
	public static String down;
	public static String notANumber;
	public static String notAWholeNumber;
	public static String invalidValue;
	public static String yes;
	public static String no;
	public static String none;
	public static String listItem;

	static {
		org.sujarit.emf.ui.MessageLoader.load(Messages.class, "org.sujarit.emf.ui.messages");
	}

	private Messages() {
	}
}
