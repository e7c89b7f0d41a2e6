/** The one stylesheet of every page: phone first, Chinese system fonts, no external resources. */
export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:#1f2329;background:#f2f3f5}
a{color:#1456f0}
h1{font-size:1.35rem;margin:.2rem 0 .6rem}
h2{font-size:1.1rem;margin:1.4rem 0 .6rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
.top{background:#a61d24;color:#fff}
.top .bar{max-width:1080px;margin:0 auto;padding:.55rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.3rem 1.2rem}
.brand{font-weight:700;font-size:1.05rem;color:#fff;text-decoration:none;white-space:nowrap}
.brand small{font-weight:400;opacity:.8;margin-left:.4rem;font-size:.8rem}
.nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem}
.nav a{color:#ffe7e5;text-decoration:none;padding:.15rem 0;border-bottom:2px solid transparent}
.nav a[aria-current=page]{color:#fff;border-bottom-color:#fff}
main{max-width:1080px;margin:0 auto;padding:1rem}
.narrow{max-width:680px}
.muted{color:#646a73}
.small{font-size:.85rem}
.panel{background:#fff;border:1px solid #dee0e3;border-radius:10px;padding:1rem;margin:0 0 1rem}
.notice{border-radius:8px;padding:.7rem .9rem;margin:0 0 1rem;border:1px solid}
.notice.info{background:#f0f4ff;border-color:#bacefd}
.notice.success{background:#f0fbef;border-color:#b7e4b0}
.notice.warning{background:#fff5eb;border-color:#fed4a4}
.notice.error,.notice.danger{background:#fef1f1;border-color:#fbbfbc}
label{display:block;font-weight:600;margin:.8rem 0 .3rem}
label .opt{font-weight:400;color:#8f959e;font-size:.85rem}
.hint{font-size:.85rem;color:#646a73;margin:.25rem 0 0}
input[type=text],input[type=password],input[type=tel],input[type=date],input[type=search],select,textarea{width:100%;font:inherit;padding:.55rem .65rem;border:1px solid #c9cdd4;border-radius:6px;background:#fff;color:inherit}
textarea{min-height:8rem;resize:vertical}
input:focus,select:focus,textarea:focus,button:focus-visible,a:focus-visible{outline:2px solid #3370ff;outline-offset:1px}
.field-error{color:#d83931;font-size:.85rem;margin:.25rem 0 0}
[aria-invalid=true]{border-color:#d83931!important}
fieldset{border:1px solid #dee0e3;border-radius:8px;padding:.4rem .9rem .8rem;margin:.8rem 0 0}
legend{font-weight:600;padding:0 .3rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;margin:.45rem 0}
.choice input{margin-top:.35rem}
.btn{display:inline-block;font:inherit;font-size:.95rem;line-height:1.4;padding:.5rem 1rem;border-radius:6px;border:1px solid #c9cdd4;background:#fff;color:#1f2329;cursor:pointer;text-decoration:none}
.btn:hover{background:#f5f6f7}
.btn.primary{background:#a61d24;border-color:#a61d24;color:#fff}
.btn.primary:hover{background:#8c171d}
.btn.blue{background:#3370ff;border-color:#3370ff;color:#fff}
.btn.danger{color:#d83931;border-color:#f98e8b}
.btn.small{padding:.25rem .7rem;font-size:.85rem}
.btn[disabled]{opacity:.55;cursor:wait}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}
.tabs{display:flex;gap:.4rem;flex-wrap:wrap;margin:0 0 1rem}
.tabs a{padding:.4rem .9rem;border-radius:999px;background:#fff;border:1px solid #dee0e3;text-decoration:none;color:#1f2329}
.tabs a[aria-current=page]{background:#1f2329;color:#fff;border-color:#1f2329}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #e8e9eb;vertical-align:top}
th{font-weight:600;color:#646a73;background:#f7f8fa}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.scroll table.wide{min-width:640px}
.wide td.nowrap,.wide th{white-space:nowrap}
.key{font:700 1.5rem/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;letter-spacing:.06em;background:#fff8e6;border:2px dashed #ffc60a;border-radius:8px;padding:.6rem .8rem;display:inline-block;word-break:break-all}
.code{font:600 1.15rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.tag{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:4px;background:#f0f1f2;color:#1f2329;white-space:nowrap}
.tag.red{background:#fde2e2;color:#a61d24}.tag.green{background:#d9f5d6;color:#237b19}.tag.orange{background:#feead2;color:#b25d05}.tag.blue{background:#e1eaff;color:#1d4fc3}.tag.grey{background:#eff0f1;color:#646a73}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr))}
.kpis{display:grid;gap:.7rem;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));margin:0 0 1rem}
.kpi{background:#fff;border:1px solid #dee0e3;border-radius:10px;padding:.7rem .9rem}
.kpi b{display:block;font-size:1.45rem;line-height:1.3}
.kpi span{color:#646a73;font-size:.85rem}
.chart{margin:0}
.chart svg{width:100%;height:auto;display:block;overflow:visible}
.chart figcaption{font-weight:600;margin:0 0 .4rem}
.empty{color:#8f959e;font-size:.9rem;padding:1rem 0;text-align:center}
.filters{display:grid;gap:.3rem .8rem;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));align-items:end}
.filters label{margin:.2rem 0}
.timeline{list-style:none;margin:0;padding:0}
.timeline li{border-left:3px solid #dee0e3;padding:.1rem 0 .8rem .8rem;position:relative}
.timeline li::before{content:"";position:absolute;left:-7px;top:.45rem;width:11px;height:11px;border-radius:50%;background:#a61d24}
.dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
.dl dt{color:#646a73}.dl dd{margin:0}
.pg{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:960px){.pg{grid-template-columns:minmax(0,1.25fr) minmax(0,1fr)}}
.chat{display:flex;flex-direction:column;gap:.8rem}
.bubble{align-self:flex-end;max-width:85%;background:#a61d24;color:#fff;border-radius:12px 12px 2px 12px;padding:.5rem .8rem;white-space:pre-wrap;word-break:break-word}
.who{font-size:.75rem;color:#8f959e;margin:0 0 .2rem}
.who.right{text-align:right}
.bot{align-self:stretch;max-width:100%}
.composer textarea{min-height:4.5rem}
.composer label:first-of-type,.panel:not(.report-form) > label:first-of-type{margin-top:0}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0 0}
.chips button{font:inherit;font-size:.85rem;border:1px solid #dee0e3;background:#f7f8fa;border-radius:999px;padding:.2rem .7rem;cursor:pointer}
.lark-card{background:#fff;border:1px solid #dee0e3;border-radius:10px;overflow:hidden;box-shadow:0 1px 2px rgba(31,35,41,.06)}
.lark-card.replaced{outline:2px solid #3370ff}
.lc-head{padding:.6rem .9rem;font-weight:700;color:#fff;background:#3370ff}
.lc-head .sub{display:block;font-weight:400;font-size:.85rem;opacity:.9}
.lc-blue .lc-head{background:#3370ff}.lc-wathet .lc-head{background:#4ba4f5}.lc-turquoise .lc-head{background:#14a9a0}
.lc-green .lc-head{background:#34a853}.lc-yellow .lc-head{background:#f5bf00;color:#1f2329}.lc-orange .lc-head{background:#ed7a12}
.lc-red .lc-head{background:#e0402f}.lc-carmine .lc-head{background:#c92d6a}.lc-violet .lc-head{background:#a43ec4}
.lc-purple .lc-head{background:#7350e8}.lc-indigo .lc-head{background:#4954e6}.lc-grey .lc-head{background:#8f959e}
.lc-default .lc-head{background:#fff;color:#1f2329;border-bottom:1px solid #dee0e3}
.lc-body{padding:.7rem .9rem;display:flex;flex-direction:column;gap:.55rem;word-break:break-word}
.lc-body p{margin:0}
.lc-body blockquote{margin:0;padding:.2rem .7rem;border-left:3px solid #c9cdd4;color:#4e5969;background:#f7f8fa;border-radius:0 4px 4px 0}
.lc-body ol,.lc-body ul{margin:0;padding-left:1.4rem}
.lc-body hr{border:0;border-top:1px solid #e8e9eb;margin:.15rem 0;width:100%}
.lc-row{display:flex;flex-wrap:wrap;gap:.45rem}
.lc-row form,.lc-inline{display:inline}
.lc-note{font-size:.82rem;color:#646a73}
.lc-form{display:flex;flex-direction:column;gap:.5rem;border:1px dashed #dee0e3;border-radius:8px;padding:.6rem}
.lc-form label{margin:0;font-weight:500;font-size:.9rem}
.lc-unknown{font-size:.8rem;color:#8f959e;border:1px dashed #dee0e3;border-radius:6px;padding:.2rem .5rem}
.fc-grey,.fc-gray{color:#8f959e}.fc-red{color:#d83931}.fc-green{color:#2ea121}.fc-orange{color:#de7802}.fc-blue{color:#245bdb}.fc-yellow{color:#c29200}.fc-purple{color:#7f3bf5}.fc-carmine{color:#c71e6c}.fc-turquoise{color:#078372}
.outbox tr.meta td:nth-child(1){white-space:nowrap}
.outbox code{word-break:break-all}

.outbox td:nth-child(3){min-width:4.5em}
.outbox details summary{cursor:pointer;color:#1456f0}
.outbox tr.meta td{border-bottom:0}
.outbox th{white-space:nowrap}
@media (min-width:601px){table.outbox{table-layout:fixed}.outbox th:nth-child(1){width:6.6em}.outbox th:nth-child(3){width:6.5em}.outbox th:nth-child(4){width:9em}}
@media (max-width:600px){.outbox thead{position:absolute;left:-9999px}.outbox tr,.outbox td{display:block}.outbox tr.meta{padding-top:.6rem}.outbox tr.meta td{padding:.05rem 0}.outbox td[data-label]::before{content:attr(data-label) "：";color:#8f959e}.outbox td:nth-child(3){min-width:0}.outbox tr.card-row td{padding:.2rem 0 .6rem}}
.outbox details .lark-card{margin:.5rem 0}
.anon-only{display:none}
.report-form:has(#mode-anonymous:checked) .real-only{display:none}
.report-form:has(#mode-anonymous:checked) .anon-only{display:block}
.skip{position:absolute;left:-999px}
.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:9}
@media (max-width:520px){main{padding:.75rem}.panel{padding:.8rem}.hide-narrow{display:none}.key{font-size:1.2rem}}
`;
