/** Progressive enhancement: posts without a reload, keeps the place, Enter sends. */
export const PLAYGROUND_SCRIPT = `
(function(){
  function focusTarget(){
    var el=document.querySelector('[data-focus]');
    if(el){el.scrollIntoView({block:'nearest'});}
  }
  document.addEventListener('keydown',function(e){
    var t=e.target;
    if(t&&t.id==='pg-text'&&e.key==='Enter'&&!e.shiftKey&&!e.isComposing){e.preventDefault();var f=t.form;if(f&&t.value.trim()){f.requestSubmit();}}
  });
  document.addEventListener('submit',function(e){
    var form=e.target;
    if(!(form instanceof HTMLFormElement)||!(form.hasAttribute('data-composer')||form.hasAttribute('data-card-action')))return;
    e.preventDefault();
    var data=new FormData(form,e.submitter||undefined);
    if(form.hasAttribute('data-composer')&&!String(data.get('sample')||data.get('text')||'').trim())return;
    var buttons=form.querySelectorAll('button');
    buttons.forEach(function(b){b.disabled=true;});
    if(e.submitter){e.submitter.textContent='处理中…';}
    fetch(form.action,{method:'POST',body:new URLSearchParams(data),headers:{'x-playground':'1'}})
      .then(function(r){return r.text().then(function(html){return {url:r.url,html:html};});})
      .then(function(res){
        var doc=new DOMParser().parseFromString(res.html,'text/html');
        var next=doc.querySelector('main');
        var main=document.querySelector('main');
        if(!next||!main)throw new Error('no main');
        main.replaceWith(next);
        history.replaceState(null,'',res.url);
        focusTarget();
        var input=document.getElementById('pg-text');
        if(input&&form.hasAttribute('data-composer'))input.focus();
      })
      .catch(function(){form.submit();});
  });
  focusTarget();
})();
`;
