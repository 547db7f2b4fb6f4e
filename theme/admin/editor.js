// The site's additions to Decap CMS: the chart button, the alt-text check, the preview that looks like a post page.
// Loaded after decap-cms.js, which defines window.CMS, window.h (React.createElement) and window.createClass.
(function () {
  'use strict';
  const CMS = window.CMS;
  const h = window.h;
  const createClass = window.createClass;
  const zone = 'Asia/Ho_Chi_Minh';
  const dayNames = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

  // "2020-07-15 16:00" (as the editor saves it, Đà Nẵng time) → "Thứ Tư, 15/07/2020", as the post page shows it.
  function vietnameseDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(text || ''));
    if (!match) return '';
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(day);
    const index = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday);
    return dayNames[index] + ', ' + match[3] + '/' + match[2] + '/' + match[1];
  }

  function registerChartButton(tables) {
    const titleOf = Object.fromEntries(tables.map((t) => [t.id, t.title]));
    CMS.registerEditorComponent({
      id: 'chart',
      label: 'Biểu đồ',
      fields: [{
        name: 'table', label: 'Bảng số liệu', widget: 'select',
        options: tables.map((t) => ({ label: t.title + ' (' + t.id + ')', value: t.id })),
      }],
      pattern: /^\{\{<\s*chart\s+([a-z0-9-]+)\s*>\}\}$/,
      fromBlock: (match) => ({ table: match[1] }),
      toBlock: (data) => '{{< chart ' + data.table + ' >}}',
      toPreview: (data) => h('figure', { className: 'chart-preview' },
        h('figcaption', null, 'Biểu đồ: ' + (titleOf[data.table] || data.table))),
    });
  }

  // A photo without a description is an error in the build; say so where the description is typed.
  function registerAltText() {
    const text = CMS.getWidget('string');
    const AltText = createClass({
      isValid: function () {
        const image = this.props.entry && this.props.entry.getIn(['data', 'image']);
        const value = (this.props.value || '').trim();
        if (image && !value) {
          return { error: { message: 'Bài có ảnh đầu bài: hãy mô tả ngắn nội dung ảnh cho người không xem được ảnh.' } };
        }
        return true;
      },
      render: function () { return h(text.control, this.props); },
    });
    CMS.registerWidget('alt-text', AltText, text.preview);
  }

  // The post page's structure (theme/_layouts/post.liquid) with the site's stylesheet.
  function registerPostPreview() {
    const PostPreview = createClass({
      render: function () {
        const entry = this.props.entry;
        const field = (name) => entry.getIn(['data', name]);
        const image = field('image');
        const imageUrl = image ? this.props.getAsset(image) : null;
        return h('main', { id: 'main', className: 'site-main' },
          h('article', { className: 'post', 'aria-labelledby': 'post-title' },
            h('header', { className: 'post-header' },
              field('category') ? h('p', { className: 'post-category' }, h('span', null, field('category'))) : null,
              h('h1', { id: 'post-title' }, field('title') || ''),
              h('p', { className: 'post-meta' },
                h('time', { dateTime: field('date') || '' }, vietnameseDate(field('date'))),
                field('author') ? ' · ' + field('author') : null),
              field('summary') ? h('p', { className: 'sapo' }, field('summary')) : null),
            imageUrl ? h('figure', { className: 'lead-image' }, h('img', { src: imageUrl.toString(), alt: field('image_alt') || '' })) : null,
            h('div', { className: 'post-body' }, this.props.widgetFor('body')),
            field('source') ? h('footer', { className: 'post-footer' }, h('p', { className: 'post-source' }, 'Nguồn: ' + field('source'))) : null));
      },
    });
    CMS.registerPreviewStyle('/assets/css/site.css');
    CMS.registerPreviewStyle('/admin/preview.css');
    CMS.registerPreviewTemplate('posts', PostPreview);
  }

  async function start() {
    let tables = [];
    try {
      const response = await fetch('/admin/data-tables.json', { cache: 'no-cache' });
      if (response.ok) tables = await response.json();
    } catch (error) {
      console.warn('Không tải được danh sách bảng số liệu: nút Biểu đồ sẽ không có lựa chọn.', error);
    }
    registerChartButton(tables);
    registerAltText();
    registerPostPreview();
    CMS.init();
  }

  start();
})();
