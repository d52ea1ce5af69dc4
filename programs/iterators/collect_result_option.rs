struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop D{}", self.0);
    }
}
fn check(x: u32) -> Result<D, String> {
    if x == 3 { Err(format!("bad {}", x)) } else { Ok(D(x)) }
}
fn main() {
    let ok: Result<Vec<i32>, String> = vec!["1", "2", "3"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).collect();
    let v = ok.unwrap();
    println!("{:?} {}", v, v.capacity());
    let bad: Result<Vec<D>, String> = (1..6).map(check).collect();
    match bad {
        Ok(v) => println!("ok {}", v.len()),
        Err(e) => println!("err {}", e),
    }
    let good: Result<Vec<D>, String> = (4..6).map(check).collect();
    println!("good {}", good.as_ref().map(|v| v.len()).unwrap_or(0));
    let opt: Option<Vec<u32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", opt);
    let none: Option<Vec<u32>> = vec![Some(1), None, Some(3)].into_iter().collect();
    println!("{:?}", none);
    let strs = vec![String::from("7"), String::from("x"), String::from("9")];
    let parsed: Result<Vec<u8>, std::num::ParseIntError> = strs.into_iter().map(|s| s.parse::<u8>()).collect();
    println!("{:?}", parsed.is_err());
    let big: Result<Vec<u64>, ()> = (0..100u64).map(Ok).collect();
    let b = big.unwrap();
    println!("{} {}", b.len(), b.capacity());
    println!("end");
}
