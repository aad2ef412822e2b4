import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
const D='/work/shared/real/encodings/icwb2/';
const cmp=(a,b)=>{ let diff=0; const A=[...a], B=[...b]; const n=Math.max(A.length,B.length); for(let i=0;i<n;i++) if(A[i]!==B[i]) diff++; return `${diff} differing chars of ${B.length}`;};
for (const [f, encs] of [['pku_test',['gb18030','gbk']],['msr_test',['gb18030']],['as_test',['big5','cp950','big5hkscs']],['cityu_test',['big5','cp950','big5hkscs']]]) {
  const bytes = readFileSync(D+f+'.txt'); const oracle = readFileSync(D+f+'.utf8','utf8').replace(/^\uFEFF/,'');
  for (const e of encs) {
    let td; try { td = new TextDecoder(e==='cp950'||e==='big5hkscs'?'big5':e,{fatal:false}).decode(bytes);} catch(x){td='ERR'}
    const iv = iconv.decode(bytes, e);
    const pua = (s)=> (s.match(/[\uE000-\uF8FF]/g)||[]).length; const rep=(s)=>(s.match(/\uFFFD/g)||[]).length;
    console.log(f, e, 'TextDecoder:', cmp(td,oracle), 'pua',pua(td),'fffd',rep(td), '| iconv:', cmp(iv,oracle),'pua',pua(iv),'fffd',rep(iv));
  }
}
