// Unit tests run in Node, like the tools: the list of UI strings is registered up front.
import '../../flows/config/uiPlaceholdersEager';
