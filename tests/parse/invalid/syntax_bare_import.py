# Invalid: import with no module.
import
