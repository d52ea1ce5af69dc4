fn main() {
    let s = String::from('c');
    let c = 'x';
    let t = String::from(c);
    let o = String::from("abc");
    let owned = String::from("zz");
    let r = String::from(&owned);
    let v: Vec<String> = vec!["a", "b"].into_iter().map(String::from).collect();
    println!("{} {} {} {} {:?}", s, t, o, r, v);
}
