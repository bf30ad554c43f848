package org.sujarit.publish.tests; class Placeholder {}
