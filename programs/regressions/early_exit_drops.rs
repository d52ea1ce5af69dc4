struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn f1(x: Option<i32>) -> i32 {
    let _a = D("f1.a");
    let s = String::from("heap");
    match x {
        Some(v) => { let _b = D("arm"); let t = String::from("t"); if v > 0 { return v + t.len() as i32; } v }
        None => return -1,
    };
    s.len() as i32
}
fn f2(n: i32) -> i32 {
    let v = vec![1, 2, 3];
    {
        let w = vec![4, 5];
        let _g = D("inner");
        if n > 0 { return w[0] + v[0]; }
    }
    0
}
fn f3() -> i32 {
    let arr = [String::from("a"), String::from("b"), String::from("c")];
    let mut n = 0;
    for s in arr {
        if s == "b" { break; }
        n += s.len();
    }
    let arr2 = [D("x"), D("y"), D("z")];
    for d in arr2 {
        if d.0 == "y" { println!("break at y"); break; }
        println!("saw {}", d.0);
    }
    n as i32
}
fn f4() -> Result<i32, String> {
    let _g = D("f4");
    let v = vec![String::from("p")];
    let r: Result<i32, String> = Err(String::from("bad"));
    let x = r?;
    Ok(x + v.len() as i32)
}
fn f5() -> i32 {
    let mut total = 0;
    for i in 0..4 {
        let s = String::from("loop");
        let _d = D("iter");
        if i == 1 { continue; }
        if i == 3 { break; }
        total += s.len();
    }
    let r = loop {
        let t = vec![1];
        let _d = D("loopval");
        break t.len() * 7;
    };
    total as i32 + r as i32
}
fn f6(v: Vec<String>) -> usize {
    let _d = D("f6");
    for s in v {
        if s.len() > 1 { return s.len(); }
    }
    0
}
fn f7() -> i32 {
    let x = {
        let _d = D("blockval");
        let s = String::from("zz");
        if s.len() == 2 { return 7; }
        3
    };
    x
}
fn f8() -> String {
    let a = String::from("a");
    let b = String::from("b");
    let c = match a.len() { 1 => { let t = D("m"); if t.0 == "m" { return b; } a } _ => a };
    c
}
fn main() {
    println!("{}", f1(Some(5)));
    println!("{}", f1(None));
    println!("{}", f2(1));
    println!("{}", f3());
    println!("{:?}", f4());
    println!("{}", f5());
    println!("{}", f6(vec![String::from("a"), String::from("bcd"), String::from("e")]));
    println!("{}", f7());
    println!("{}", f8());
    let it = vec![D("v1"), D("v2"), D("v3")];
    for d in it { if d.0 == "v2" { break; } }
    println!("end");
}
