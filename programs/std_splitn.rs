// str::splitn: at most n pieces, the last one holding the rest of the text; borrows the text.
fn main() {
    let s = "a,b,c,d";
    let v: Vec<&str> = s.splitn(2, ',').collect();
    println!("{:?}", v);
    for p in s.splitn(3, ",") { println!("{}", p); }
    println!("{:?}", s.splitn(0, ',').collect::<Vec<_>>());
    println!("{:?}", s.splitn(1, ',').collect::<Vec<_>>());
    println!("{:?}", s.splitn(10, ',').collect::<Vec<_>>());
    println!("{:?}", "".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a,,b,".splitn(4, ',').collect::<Vec<_>>());
    let line = String::from("key = value = x");
    let mut it = line.splitn(2, " = ");
    let k = it.next().unwrap();
    let val = it.next().unwrap();
    println!("{} | {} | {:?}", k, val, it.next());
    let n = "x y z".splitn(2, ' ').count();
    println!("{}", n);
    println!("{:?}", "ab".splitn(9, "").collect::<Vec<_>>());
    println!("{:?}", "héb".splitn(3, "").collect::<Vec<_>>());
    println!("{:?}", "".splitn(9, "").collect::<Vec<_>>());
}
