fn parse_pair(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    let x = a?;
    let y = b?;
    Some(x + y)
}
fn first_len(v: &Vec<String>) -> Option<usize> {
    let f = v.first()?;
    Some(f.len())
}
fn div(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 { return Err(String::from("zero")); }
    Ok(a / b)
}
fn calc(a: i32) -> Result<i32, String> {
    let q = div(a, 2)?;
    let msg = String::from("m");
    let r = div(q, 1)?;
    println!("{}", msg);
    Ok(r)
}
fn take_name(o: Option<String>) -> Option<String> {
    let s = o?;
    Some(s)
}
fn main() {
    println!("{:?} {:?}", parse_pair(Some(1), None), first_len(&vec![String::from("a")]));
    println!("{:?} {:?}", calc(10), take_name(Some(String::from("x"))));
}
