struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn g1(x: Option<String>) -> usize {
    let _a = D("g1");
    let v = vec![1, 2];
    match x {
        Some(s) => s.len() + v.len(),
        None => return 0,
    }
}
fn g2(x: Option<String>) -> usize {
    let _a = D("g2");
    let n = match x {
        Some(s) => { if s.len() > 3 { return 99; } s.len() }
        None => 0,
    };
    n
}
fn g3(x: Result<String, String>) -> Result<usize, String> {
    let _a = D("g3");
    let t = String::from("tmp");
    Ok(x?.len() + t.len())
}
fn g4(v: &[i32]) -> String {
    let _a = D("g4");
    let s = String::from("acc");
    let r = if v.len() > 2 { let _i = D("g4i"); return format!("{}{}", s, v.len()); } else { s.clone() };
    r
}
fn g5() -> i32 {
    let mut i = 0;
    let r = loop {
        let _d = D("g5");
        let s = String::from("x");
        i += 1;
        if i < 3 { continue; }
        let k = match i { 3 => { let _m = D("g5m"); break s.len() as i32 * 10 }, _ => 0 };
        break k;
    };
    r
}
fn g6(opt: Option<D>) -> i32 {
    let x = match opt {
        Some(d) => { if d.0 == "ret" { return 1; } 2 }
        None => 3,
    };
    x
}
fn g7(v: Vec<String>) -> usize {
    let mut total = 0;
    'outer: for a in 0..3 {
        for s in v.iter() {
            let _d = D("g7");
            let owned = s.clone();
            if owned == "stop" { break 'outer; }
            if a == 1 { continue 'outer; }
            total += owned.len();
        }
    }
    total
}
fn main() {
    println!("{}", g1(Some(String::from("abc"))));
    println!("{}", g1(None));
    println!("{}", g2(Some(String::from("abcde"))));
    println!("{}", g2(Some(String::from("ab"))));
    println!("{:?}", g3(Ok(String::from("abc"))));
    println!("{:?}", g3(Err(String::from("e"))));
    println!("{}", g4(&[1, 2, 3]));
    println!("{}", g4(&[1]));
    println!("{}", g5());
    println!("{}", g6(Some(D("ret"))));
    println!("{}", g6(Some(D("keep"))));
    println!("{}", g7(vec![String::from("ab"), String::from("stop")]));
}
