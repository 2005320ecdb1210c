'use strict';
window.bookline.business();
