using System.Net;
using System.Security.Cryptography;
using System.Text;
using Truce.Domain.Audit;

namespace Truce.Server.Tests;

/// <summary>The audit log over HTTP, checked as an outside client would: with the published RFC 6962 verification only.</summary>
public sealed class AuditApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> Entries(string query = "limit=1000")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/audit/entries?{query}", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", TestUsers.Token(server.Db, "auditor", Domain.Access.Role.Analyst).Token);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<SignedCheckpoint> Checkpoint()
    {
        // The server signs a checkpoint within a second of starting when the log has grown.
        for (var tries = 0; ; tries++)
        {
            using var response = await server.Client.GetAsync(new Uri("/api/audit/checkpoint", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK || tries == 50)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return SignedCheckpoint.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task The_server_signs_a_checkpoint_of_the_whole_log_with_the_key_it_publishes()
    {
        var checkpoint = await Checkpoint();
        var pem = await server.Client.GetStringAsync(new Uri("/api/audit/key", UriKind.Relative), TestContext.Current.CancellationToken);
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        Assert.True(checkpoint.IsSignedBy(key, "truce-audit"));
        var (_, entries) = await Entries();
        Assert.InRange(checkpoint.Checkpoint.Size, 10, entries.GetProperty("size").GetInt64()); // signing in the reader (users.add, tokens.create) grows the log
        Assert.StartsWith("truce/", checkpoint.Checkpoint.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_entry_proves_its_inclusion_in_the_signed_root()
    {
        var checkpoint = await Checkpoint();
        var (_, page) = await Entries();
        var entries = page.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("seq").GetInt64() < checkpoint.Checkpoint.Size).ToList();
        Assert.Equal(checkpoint.Checkpoint.Size, entries.Count);
        Assert.Contains(entries, e => e.GetProperty("entry").GetString()!.Contains("\"action\":\"verdicts.run\"", StringComparison.Ordinal));
        foreach (var e in entries)
        {
            var seq = e.GetProperty("seq").GetInt64();
            var leaf = MerkleHash.Leaf(Encoding.UTF8.GetBytes(e.GetProperty("entry").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(leaf), e.GetProperty("leafHash").GetString());
            var (status, proof) = await server.Get($"/api/audit/proofs/inclusion?entry={seq}&size={checkpoint.Checkpoint.Size}");
            Assert.Equal(HttpStatusCode.OK, status);
            var path = proof.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
            Assert.True(MerkleVerifier.Inclusion(seq, checkpoint.Checkpoint.Size, leaf, path, checkpoint.Checkpoint.Root), $"entry {seq}");
        }
    }

    [Fact]
    public async Task A_consistency_proof_links_an_earlier_tree_to_the_checkpoint()
    {
        var checkpoint = await Checkpoint();
        var size = checkpoint.Checkpoint.Size;
        for (var from = 1L; from <= size; from++)
        {
            var (status, body) = await server.Get($"/api/audit/proofs/consistency?from={from}&to={size}");
            Assert.Equal(HttpStatusCode.OK, status);
            var proof = body.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
            var fromRoot = Convert.FromHexString(body.GetProperty("fromRoot").GetString()!);
            Assert.True(MerkleVerifier.Consistency(from, size, fromRoot, checkpoint.Checkpoint.Root, proof), $"{from}→{size}");
        }
    }

    [Theory]
    [InlineData("/api/audit/proofs/inclusion?entry=-1", "entry: required: a sequence number from 0")]
    [InlineData("/api/audit/proofs/inclusion?entry=0&size=100000", "size: a tree size from 1 to")]
    [InlineData("/api/audit/proofs/consistency?to=5", "from: required: a tree size from 0 to 5")]
    public async Task Bad_proof_requests_are_400_problems_saying_which_value(string path, string detail)
    {
        var (entriesStatus, entriesProblem) = await Entries("limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, entriesStatus);
        Assert.StartsWith("limit: from 1 to 1000", entriesProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (status, body) = await server.Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
