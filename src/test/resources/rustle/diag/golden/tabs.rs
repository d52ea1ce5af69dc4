fn main() {
	let s = String::from("été");
	let t = s;
	let u = s;
}
