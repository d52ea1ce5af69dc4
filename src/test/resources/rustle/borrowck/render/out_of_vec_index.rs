fn take_first(v: &Vec<String>) -> String {
    let s = v[0];
    s
}
fn main() {
    let v = vec![String::from("x")];
    println!("{}", take_first(&v));
}
