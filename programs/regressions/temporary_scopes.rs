struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl D { fn len(&self) -> usize { self.0.len() } }
fn f(_p: D) -> usize { let _l = D("local"); D("temp").len() }
fn main() {
    println!("{}", f(D("param")));
    let x = { let _l = D("blocklocal"); D("blocktemp").len() };
    println!("after let {}", x);
    let y = match D("scrut").len() { 5 => { println!("arm"); 1 } _ => 2 };
    println!("after match {}", y);
    if let 5 = D("iflet").len() { println!("in if let"); } else { println!("else"); }
    println!("after if let");
    if D("cond").len() == 4 { println!("in if"); }
    println!("end");
}
