// Runs before decap-cms.js: the editor is started by editor.js once the chart button knows the site's data tables.
window.CMS_MANUAL_INIT = true;
